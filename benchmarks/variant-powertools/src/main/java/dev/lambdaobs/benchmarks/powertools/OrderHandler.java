package dev.lambdaobs.benchmarks.powertools;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.Logging;
import software.amazon.lambda.powertools.metrics.FlushMetrics;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;
import software.amazon.lambda.powertools.tracing.CaptureMode;
import software.amazon.lambda.powertools.tracing.Tracing;

/**
 * Variant (c), the peer: the same handler with Powertools for AWS Lambda (Java), as its documentation shows.
 * Tracing captures neither response nor error so every variant sends the same subsegment (Powertools adds the
 * {@code ColdStart} and {@code Service} annotations itself).
 */
public final class OrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(OrderHandler.class);

    @Override
    @Logging
    @Tracing(captureMode = CaptureMode.DISABLED)
    @FlushMetrics(captureColdStart = true)
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        LOG.info("Order placed", entry("order_id", event.getRequestContext().getRequestId()),
                entry("customer_id", "c-42"));
        Metrics metrics = MetricsFactory.getMetricsInstance();
        metrics.addMetric("OrdersPlaced", 1, MetricUnit.COUNT);
        metrics.addMetric("OrderAmount", 42.5, MetricUnit.NONE);
        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent();
        response.setStatusCode(200);
        response.setBody("{\"ok\":true}");
        return response;
    }
}
