package dev.lambdaobs.tracing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeXRayDaemon;
import dev.lambdaobs.test.LambdaEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A Lambda-like setup for one test: a fake daemon on loopback, a configuration map with
 * {@code LAMBDA_TASK_ROOT} and {@code AWS_XRAY_DAEMON_ADDRESS}, collected warnings, a fresh cold start.
 */
final class TracingFixture implements AutoCloseable {
    static final String SERVICE = "orders";
    static final Duration WAIT = Duration.ofSeconds(5);

    final FakeXRayDaemon daemon = FakeXRayDaemon.start();
    final List<String> warnings = new CopyOnWriteArrayList<>();
    final Diagnostics diagnostics = Diagnostics.to(warnings::add);
    final PowertoolsConfig config;
    final TracingConfig tracingConfig;
    final Tracer tracer;

    TracingFixture() {
        this(env -> env);
    }

    TracingFixture(UnaryOperator<LambdaEnvironment> customize) {
        LambdaEnvironment env = LambdaEnvironment.onDemand("create-order").service(SERVICE).xrayDaemon(daemon.address());
        this.config = customize.apply(env).toConfig(diagnostics);
        this.tracingConfig = TracingConfig.from(config);
        this.tracer = Tracers.xray(tracingConfig);
    }

    /** A pipeline with the tracing step (customized) and a fresh cold start. */
    Observability observability(UnaryOperator<TracingStep.Builder> step) {
        return Observability.builder()
                .config(config)
                .coldStart(ColdStart.newEnvironment())
                .step(step.apply(TracingStep.builder(tracingConfig).tracer(tracer)).build())
                .build();
    }

    Observability observability() {
        return observability(step -> step);
    }

    /** Waits for {@code count} documents and checks each against the shared schema. */
    List<JsonNode> documents(int count) {
        List<JsonNode> documents = daemon.awaitDocuments(count, WAIT);
        documents.forEach(SchemaCheck::assertValid);
        return documents;
    }

    JsonNode onlyDocument() {
        List<JsonNode> documents = documents(1);
        if (documents.size() != 1) {
            throw new AssertionError("expected one X-Ray document, got " + documents);
        }
        return documents.get(0);
    }

    @Override
    public void close() {
        daemon.close();
    }
}
