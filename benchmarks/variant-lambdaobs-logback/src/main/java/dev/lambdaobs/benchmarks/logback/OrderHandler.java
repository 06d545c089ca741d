package dev.lambdaobs.benchmarks.logback;

import static dev.lambdaobs.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.logging.Logging;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.Metrics;
import dev.lambdaobs.metrics.MetricsRecorder;
import dev.lambdaobs.tracing.CaptureMode;
import dev.lambdaobs.tracing.Tracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Variant (b) on the Logback backend: variant (b)'s order handler, line for line, with SLF4J (Logback's API)
 * instead of Log4j2's, so all three modules on each logging backend sit side by side with Powertools.
 */
public final class OrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(OrderHandler.class);

    @Override
    @Logging
    @Tracing(captureMode = CaptureMode.DISABLED)
    @Metrics
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        LOG.info("Order placed", entry("order_id", event.getRequestContext().getRequestId()),
                entry("customer_id", "c-42"));
        MetricsRecorder.current()
                .add("OrdersPlaced", 1, MetricUnit.COUNT)
                .add("OrderAmount", 42.5, MetricUnit.NONE);
        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent();
        response.setStatusCode(200);
        response.setBody("{\"ok\":true}");
        return response;
    }
}
