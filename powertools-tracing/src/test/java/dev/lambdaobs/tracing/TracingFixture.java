package dev.lambdaobs.tracing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeXRayDaemon;
import dev.lambdaobs.test.LambdaEnvironment;
import dev.lambdaobs.test.ReceivedSpan;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A Lambda-like setup for one test: a fake daemon on loopback, a configuration map with
 * {@code LAMBDA_TASK_ROOT} and {@code AWS_XRAY_DAEMON_ADDRESS}, collected warnings, a fresh cold start,
 * and a tracer of one backend (X-Ray SDK unless made by {@link #otel}).
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
        this(TracerBackend.XRAY_SDK, customize);
    }

    private TracingFixture(TracerBackend backend, UnaryOperator<LambdaEnvironment> customize) {
        LambdaEnvironment env = LambdaEnvironment.onDemand("create-order").service(SERVICE).xrayDaemon(daemon.address());
        this.config = customize.apply(env).toConfig(diagnostics);
        this.tracingConfig = TracingConfig.from(config).withBackend(backend);
        this.tracer = Tracers.of(tracingConfig);
    }

    /** The same setup on the OpenTelemetry backend. */
    static TracingFixture otel() {
        return otel(env -> env);
    }

    static TracingFixture otel(UnaryOperator<LambdaEnvironment> customize) {
        return new TracingFixture(TracerBackend.OTEL, customize);
    }

    /** Waits for {@code count} OTLP spans; no datagram may be malformed. */
    List<ReceivedSpan> spans(int count) {
        List<ReceivedSpan> spans = daemon.awaitSpans(count, WAIT);
        if (!daemon.malformedDatagrams().isEmpty()) {
            throw new AssertionError("malformed datagrams: " + daemon.malformedDatagrams());
        }
        return spans;
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
