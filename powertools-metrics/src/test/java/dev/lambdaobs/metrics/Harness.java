package dev.lambdaobs.metrics;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.core.pipeline.ThrowingSupplier;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.LambdaEnvironment;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * A metrics step in a fresh execution environment: documents collected in a list, diagnostics in
 * another, a ticker the test moves.
 */
final class Harness {
    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<String> warnings = new CopyOnWriteArrayList<>();
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final Diagnostics diagnostics = Diagnostics.to(warnings::add);
    final MetricsStep step;
    final Observability observability;

    private Harness(LambdaEnvironment environment, UnaryOperator<MetricsConfig.Builder> settings) {
        PowertoolsConfig config = environment.toConfig(diagnostics);
        MetricsConfig metrics = settings.apply(MetricsConfig.builder(config)).build();
        this.step = MetricsStep.builder(metrics).output(EmfOutput.lines(lines::add)).diagnostics(diagnostics)
                .clock(Clock.systemUTC()).build();
        this.observability = Observability.builder().config(config).step(step).coldStart(ColdStart.newEnvironment())
                .diagnostics(diagnostics).ticker(nanos::get).build();
    }

    /** Namespace "Shop", service "orders", function "create-order", on demand. */
    static Harness standard() {
        return of(UnaryOperator.identity());
    }

    static Harness of(UnaryOperator<MetricsConfig.Builder> settings) {
        return of(environment(), settings);
    }

    static Harness of(LambdaEnvironment environment, UnaryOperator<MetricsConfig.Builder> settings) {
        return new Harness(environment, settings);
    }

    static LambdaEnvironment environment() {
        return LambdaEnvironment.onDemand("create-order").service("orders").set("POWERTOOLS_METRICS_NAMESPACE", "Shop");
    }

    /** One invocation with a fresh context; the body's result or exception passes through. */
    <T, E extends Throwable> T invoke(Object event, ThrowingSupplier<T, E> body) throws E {
        return invoke(event, FakeContext.builder().functionName("create-order").build(), body);
    }

    <T, E extends Throwable> T invoke(Object event, Context context, ThrowingSupplier<T, E> body) throws E {
        return observability.call(event, context, body);
    }

    /** Runs {@code body} as an invocation that records through {@link MetricsRecorder#current()}. */
    void record(java.util.function.Consumer<MetricsRecorder> body) {
        invoke("event", () -> {
            body.accept(MetricsRecorder.current());
            return null;
        });
    }

    /** Every document written so far, each validated against the schema and the spec's rules. */
    List<JsonNode> documents() {
        return EmfDocuments.validated(lines);
    }

    /** The documents without the ColdStart one. */
    List<JsonNode> userDocuments() {
        return documents().stream().filter(d -> !EmfDocuments.metricNames(d).contains("ColdStart")).toList();
    }
}
