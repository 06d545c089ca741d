package dev.lambdaobs.logging;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.MetricsConfig;
import dev.lambdaobs.metrics.MetricsRecorder;
import dev.lambdaobs.metrics.MetricsStep;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.LambdaEnvironment;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Run by {@link SnapStartClassLoadingTest} in a JVM of its own with {@code -verbose:class}: builds a logging and
 * metrics pipeline, plays the checkpoint and restore when asked ({@code primed}), then marks where the first
 * invocation starts and ends, so the test counts the classes that invocation still had to load.
 */
public final class PrimingProbeMain {
    static final String FIRST_INVOCATION = "=== first invocation";
    static final String DONE = "=== done";

    private PrimingProbeMain() {
    }

    public static void main(String[] args) throws Exception {
        PowertoolsConfig config = PowertoolsConfig.from(LambdaEnvironment.onDemand("orders-fn").service("orders")
                .set("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start").set("POWERTOOLS_METRICS_NAMESPACE", "Shop").toMap());
        Map<String, Object> event = Map.of("headers", Map.of("x-correlation-id", "c-1"));
        Observability observability = Observability.builder().config(config)
                .step(LoggingStep.of(LoggingConfig.from(config).toBuilder()
                        .correlationIdPath(CorrelationIdPaths.API_GATEWAY_REST).build()))
                .step(MetricsStep.builder(MetricsConfig.from(config)).build())
                .snapStartPriming(event).build();
        if (args.length > 0 && args[0].equals("primed")) {
            dev.lambdaobs.test.crac.Core.getGlobalContext().beforeCheckpoint(null);
            dev.lambdaobs.test.crac.Core.getGlobalContext().afterRestore(null);
        }
        System.out.println(FIRST_INVOCATION);
        observability.call(event, FakeContext.builder().requestId("r-1").build(), () -> {
            LoggerFactory.getLogger("orders").info("placed");
            MetricsRecorder.current().add("Orders", 1, MetricUnit.COUNT);
            return "ok";
        });
        System.out.println(DONE);
    }
}
