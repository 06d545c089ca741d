package dev.lambdaobs.benchmarks.lambdaobs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.MetricsRecorder;
import dev.lambdaobs.metrics.Metrics;

/** Diagnosis only: the order handler's metrics through {@code @Metrics}, nothing else (cold cost of metrics). */
public final class MetricsOnlyHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    @Override
    @Metrics
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        MetricsRecorder.current().add("OrdersPlaced", 1, MetricUnit.COUNT).add("OrderAmount", 42.5, MetricUnit.NONE);
        return new APIGatewayProxyResponseEvent().withStatusCode(200);
    }
}
