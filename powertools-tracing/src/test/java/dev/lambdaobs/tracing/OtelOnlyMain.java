package dev.lambdaobs.tracing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.TraceHeaders;
import java.util.List;
import java.util.Map;

/**
 * A traced invocation on the default backend, run by {@link OtelClassPathTest} in a JVM whose class path
 * lacks the X-Ray SDK and Jackson: argument 0 is the daemon address. The handler returns an API Gateway
 * response with secrets in a header, a multi-value header and its JSON body (one under the configured
 * mask key {@code iban}), and a traced call fails with a message echoing a token.
 */
public final class OtelOnlyMain {
    private OtelOnlyMain() {
    }

    public static void main(String[] args) {
        PowertoolsConfig config = PowertoolsConfig.from(Map.of("LAMBDA_TASK_ROOT", "/var/task",
                "AWS_XRAY_DAEMON_ADDRESS", args[0], "POWERTOOLS_SERVICE_NAME", "orders",
                "AWS_LAMBDA_FUNCTION_NAME", "create-order", "POWERTOOLS_MASK_KEYS", "iban"));
        TracingStep tracing = TracingStep.builder(config).build();
        Tracer tracer = tracing.tracer();
        Traced refund = Traced.span(tracer, TracingConfig.from(config), "## refund");
        Observability observability = Observability.builder().config(config).step(tracing).build();
        Object result = observability.call("event", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                () -> tracer.trace("## charge", () -> {
                    TracingUtils.putAnnotation("order_id", "o-1");
                    TracingUtils.putMetadata("order", Map.of("amount", 42));
                    try {
                        refund.call(() -> {
                            throw new IllegalStateException("refund refused: token=SECRET-ERROR-5");
                        });
                    } catch (IllegalStateException expected) {
                        // Captured on the refund span; the charge goes on.
                    }
                    return new APIGatewayProxyResponseEvent().withStatusCode(200)
                            .withHeaders(Map.of("Set-Cookie", "session=SECRET-COOKIE-1", "Content-Type", "application/json"))
                            .withMultiValueHeaders(Map.of("Authorization", List.of("Bearer SECRET-MV-2")))
                            .withBody("{\"result\":\"charged\",\"access_token\":\"SECRET-TOKEN-3\",\"iban\":\"SECRET-IBAN-4\"}");
                }));
        // No span current any more: ignored, and the X-Ray side is not looked at (no SDK class loaded).
        TracingUtils.putAnnotation("late", "x");
        System.out.println("result=" + ((APIGatewayProxyResponseEvent) result).getStatusCode());
    }
}
