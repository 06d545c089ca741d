package dev.lambdaobs.tracing;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.TraceHeaders;
import java.util.Map;

/**
 * A traced invocation on the default backend, run by {@link OtelClassPathTest} in a JVM whose class path
 * lacks the X-Ray SDK and Jackson: argument 0 is the daemon address.
 */
public final class OtelOnlyMain {
    private OtelOnlyMain() {
    }

    public static void main(String[] args) {
        PowertoolsConfig config = PowertoolsConfig.from(Map.of("LAMBDA_TASK_ROOT", "/var/task",
                "AWS_XRAY_DAEMON_ADDRESS", args[0], "POWERTOOLS_SERVICE_NAME", "orders",
                "AWS_LAMBDA_FUNCTION_NAME", "create-order"));
        TracingStep tracing = TracingStep.builder(config).build();
        Tracer tracer = tracing.tracer();
        Observability observability = Observability.builder().config(config).step(tracing).build();
        Object result = observability.call("event", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                () -> tracer.trace("## charge", () -> {
                    tracer.currentSpan().annotate("order_id", "o-1").metadata("order", Map.of("amount", 42));
                    return "charged";
                }));
        System.out.println("result=" + result);
    }
}
