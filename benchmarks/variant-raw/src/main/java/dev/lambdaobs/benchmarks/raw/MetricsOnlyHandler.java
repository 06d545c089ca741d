package dev.lambdaobs.benchmarks.raw;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.Unit;

/** Diagnosis only: the raw variant's metrics (aws-embedded-metrics), nothing else. */
public final class MetricsOnlyHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        MetricsLogger metrics = new MetricsLogger();
        metrics.setDimensions(DimensionSet.of("Service", "orders"));
        metrics.putMetric("OrdersPlaced", 1, Unit.COUNT);
        metrics.putMetric("OrderAmount", 42.5, Unit.NONE);
        metrics.flush();
        return new APIGatewayProxyResponseEvent().withStatusCode(200);
    }
}
