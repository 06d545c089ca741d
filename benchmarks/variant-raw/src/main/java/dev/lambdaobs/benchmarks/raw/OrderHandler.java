package dev.lambdaobs.benchmarks.raw;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.entities.Subsegment;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.Unit;

/**
 * Variant (d), the floor: the same log line, metrics and subsegment as the other variants, written with the
 * raw libraries the way their documentation shows (Log4j2 JsonTemplateLayout with the Lambda fields in the
 * ThreadContext, one {@link MetricsLogger} per invocation, X-Ray {@code beginSubsegment}/{@code endSubsegment}).
 */
public final class OrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Logger LOG = LogManager.getLogger(OrderHandler.class);
    private static final String SERVICE = System.getenv().getOrDefault("POWERTOOLS_SERVICE_NAME", "orders");
    private static final String NAMESPACE = System.getenv().getOrDefault("POWERTOOLS_METRICS_NAMESPACE", "Bench");
    private static volatile boolean coldStart = true;

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        boolean cold = coldStart;
        coldStart = false;
        Subsegment subsegment = AWSXRay.beginSubsegment("## handleRequest");
        try {
            subsegment.putAnnotation("ColdStart", cold);
            subsegment.putAnnotation("Service", SERVICE);
            putLambdaFields(context, cold);
            ThreadContext.put("order_id", event.getRequestContext().getRequestId());
            ThreadContext.put("customer_id", "c-42");
            LOG.info("Order placed");
            if (cold) {
                MetricsLogger coldStartMetrics = metricsLogger(DimensionSet.of("Service", SERVICE,
                        "FunctionName", context.getFunctionName()));
                coldStartMetrics.putMetric("ColdStart", 1, Unit.COUNT);
                coldStartMetrics.flush();
            }
            MetricsLogger metrics = metricsLogger(DimensionSet.of("Service", SERVICE));
            metrics.putMetric("OrdersPlaced", 1, Unit.COUNT);
            metrics.putMetric("OrderAmount", 42.5, Unit.NONE);
            metrics.flush();
        } finally {
            ThreadContext.clearMap();
            AWSXRay.endSubsegment();
        }
        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent();
        response.setStatusCode(200);
        response.setBody("{\"ok\":true}");
        return response;
    }

    private static MetricsLogger metricsLogger(DimensionSet dimensions) {
        MetricsLogger metrics = new MetricsLogger();
        metrics.setNamespace(NAMESPACE);
        metrics.setDimensions(dimensions);
        return metrics;
    }

    private static void putLambdaFields(Context context, boolean cold) {
        ThreadContext.put("cold_start", cold ? "true" : "false");
        ThreadContext.put("function_name", context.getFunctionName());
        ThreadContext.put("function_version", context.getFunctionVersion());
        ThreadContext.put("function_arn", context.getInvokedFunctionArn());
        ThreadContext.put("function_memory_size", Integer.toString(context.getMemoryLimitInMB()));
        ThreadContext.put("function_request_id", context.getAwsRequestId());
        ThreadContext.put("service", SERVICE);
        ThreadContext.put("xray_trace_id", traceRoot(context.getXrayTraceId()));
    }

    private static String traceRoot(String header) {
        int start = header.indexOf("Root=") + "Root=".length();
        int end = header.indexOf(';', start);
        return end < 0 ? header.substring(start) : header.substring(start, end);
    }
}
