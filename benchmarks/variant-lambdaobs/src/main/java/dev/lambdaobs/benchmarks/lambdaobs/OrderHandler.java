package dev.lambdaobs.benchmarks.lambdaobs;

import static dev.lambdaobs.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.logging.Logging;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.MetricsRecorder;
import dev.lambdaobs.metrics.Metrics;
import dev.lambdaobs.tracing.CaptureMode;
import dev.lambdaobs.tracing.Tracing;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Variant (b): the same handler with our {@code @Logging}, {@code @Tracing} and {@code @Metrics}, woven at
 * compile time, as the modules' documentation shows. Tracing captures neither response nor error, as in the
 * Powertools variant, so every variant sends the same subsegment.
 */
public final class OrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Logger LOG = LogManager.getLogger(OrderHandler.class);

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
