package dev.lambdaobs.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.Map;

/**
 * Inputs of the n-th invocation: the API Gateway event, the request id and the X-Ray trace header the
 * runtime would set. Built by hand (no JSON mapper) so every variant starts from the same classes.
 *
 * <p>Example: {@code handler.handleRequest(Invocations.event(n), Invocations.context(n));}
 */
public final class Invocations {
    /** The system property the Java runtime sets to the trace header before each invocation. */
    public static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";

    private Invocations() {
    }

    /** The API Gateway REST event of invocation {@code n}: POST /orders with an order body. */
    public static APIGatewayProxyRequestEvent event(int n) {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent();
        event.setHttpMethod("POST");
        event.setPath("/orders");
        event.setResource("/orders");
        event.setHeaders(Map.of("content-type", "application/json", "x-correlation-id", "corr-" + n));
        event.setBody("{\"order_id\":\"o-" + n + "\",\"customer_id\":\"c-42\",\"amount\":42.5}");
        APIGatewayProxyRequestEvent.ProxyRequestContext requestContext = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        requestContext.setRequestId("api-" + n);
        requestContext.setStage("prod");
        event.setRequestContext(requestContext);
        return event;
    }

    /** The context of invocation {@code n}. */
    public static BenchContext context(int n) {
        return BenchContext.of(requestId(n), traceHeader(n));
    }

    /** A request id unique to invocation {@code n}. */
    public static String requestId(int n) {
        return String.format("c0ffee00-0000-4000-8000-%012d", n);
    }

    /** A sampled X-Ray trace header unique to invocation {@code n}. */
    public static String traceHeader(int n) {
        return String.format("Root=1-6a000000-%024x;Parent=%016x;Sampled=1", n + 1, n + 1);
    }

    /** Does what the runtime does before invocation {@code n}: publishes its trace header. */
    public static void publishTraceHeader(String header) {
        System.setProperty(TRACE_HEADER_PROPERTY, header);
    }
}
