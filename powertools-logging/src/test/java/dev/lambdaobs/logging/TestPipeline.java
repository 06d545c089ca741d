package dev.lambdaobs.logging;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.core.pipeline.ThrowingSupplier;
import dev.lambdaobs.test.LambdaEnvironment;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;

/** A real pipeline with a LoggingStep, configured from a Lambda environment map, in a fresh environment. */
final class TestPipeline {
    final List<String> diagnostics = new CopyOnWriteArrayList<>();
    final PowertoolsConfig config;
    final Observability observability;
    final LoggingStep step;

    private TestPipeline(LambdaEnvironment env, UnaryOperator<LoggingConfig.Builder> overrides, DoubleSupplier random) {
        Diagnostics sink = Diagnostics.to(diagnostics::add);
        this.config = env.toConfig(sink);
        this.step = LoggingStep.of(overrides.apply(LoggingConfig.from(config).toBuilder()).build(), random);
        this.observability = Observability.builder()
                .config(config)
                .coldStart(ColdStart.newEnvironment())
                .diagnostics(sink)
                .step(step)
                .build();
    }

    static LambdaEnvironment env() {
        return LambdaEnvironment.onDemand("orders-fn").service("orders");
    }

    static TestPipeline of(LambdaEnvironment env) {
        return new TestPipeline(env, b -> b, () -> 0.99);
    }

    static TestPipeline of(LambdaEnvironment env, UnaryOperator<LoggingConfig.Builder> overrides) {
        return new TestPipeline(env, overrides, () -> 0.99);
    }

    static TestPipeline of(LambdaEnvironment env, UnaryOperator<LoggingConfig.Builder> overrides, DoubleSupplier random) {
        return new TestPipeline(env, overrides, random);
    }

    <T, E extends Throwable> T call(Object event, Context context, ThrowingSupplier<T, E> body) throws E {
        return observability.call(event, context, body);
    }

    void run(Object event, Context context, Runnable body) {
        observability.call(event, context, () -> {
            body.run();
            return null;
        });
    }
}
