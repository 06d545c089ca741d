package dev.lambdaobs.benchmarks.bare;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

/**
 * Variant (a), the bare handler: the same log line and EMF metrics as the other variants, hand-built with a
 * StringBuilder and printed with {@code System.out.println}; no libraries, no tracing. The cost every other
 * variant is compared against.
 */
public final class OrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final String SERVICE = System.getenv().getOrDefault("POWERTOOLS_SERVICE_NAME", "orders");
    private static final String NAMESPACE = System.getenv().getOrDefault("POWERTOOLS_METRICS_NAMESPACE", "Bench");
    private static volatile boolean coldStart = true;

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        boolean cold = coldStart;
        coldStart = false;
        System.out.println(new StringBuilder(512)
                .append("{\"level\":\"INFO\",\"message\":\"Order placed\",\"timestamp\":").append(System.currentTimeMillis())
                .append(",\"cold_start\":").append(cold)
                .append(",\"function_name\":\"").append(context.getFunctionName())
                .append("\",\"function_version\":\"").append(context.getFunctionVersion())
                .append("\",\"function_arn\":\"").append(context.getInvokedFunctionArn())
                .append("\",\"function_memory_size\":").append(context.getMemoryLimitInMB())
                .append(",\"function_request_id\":\"").append(context.getAwsRequestId())
                .append("\",\"service\":\"").append(SERVICE)
                .append("\",\"order_id\":\"").append(event.getRequestContext().getRequestId())
                .append("\",\"customer_id\":\"c-42\"}"));
        if (cold) {
            System.out.println(emf("ColdStart", "Count", 1, "\"Service\",\"FunctionName\"",
                    ",\"FunctionName\":\"" + context.getFunctionName() + "\""));
        }
        System.out.println(new StringBuilder(512)
                .append("{\"_aws\":{\"Timestamp\":").append(System.currentTimeMillis())
                .append(",\"CloudWatchMetrics\":[{\"Namespace\":\"").append(NAMESPACE)
                .append("\",\"Dimensions\":[[\"Service\"]],\"Metrics\":[{\"Name\":\"OrdersPlaced\",\"Unit\":\"Count\"},")
                .append("{\"Name\":\"OrderAmount\",\"Unit\":\"None\"}]}]},\"Service\":\"").append(SERVICE)
                .append("\",\"OrdersPlaced\":1,\"OrderAmount\":42.5}"));
        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent();
        response.setStatusCode(200);
        response.setBody("{\"ok\":true}");
        return response;
    }

    private static String emf(String metric, String unit, double value, String dimensionNames, String extraFields) {
        return "{\"_aws\":{\"Timestamp\":" + System.currentTimeMillis() + ",\"CloudWatchMetrics\":[{\"Namespace\":\""
                + NAMESPACE + "\",\"Dimensions\":[[" + dimensionNames + "]],\"Metrics\":[{\"Name\":\"" + metric
                + "\",\"Unit\":\"" + unit + "\"}]}]},\"Service\":\"" + SERVICE + "\"" + extraFields + ",\"" + metric
                + "\":" + value + "}";
    }
}
