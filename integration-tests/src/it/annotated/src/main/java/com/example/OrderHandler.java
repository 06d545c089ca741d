package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.logging.CorrelationIdPaths;
import dev.lambdaobs.logging.Logging;
import dev.lambdaobs.logging.StructuredArguments;
import dev.lambdaobs.metrics.Metrics;
import dev.lambdaobs.tracing.Tracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// The README's annotated form: the aspects, woven at compile time, observe the handler method.
public final class OrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(OrderHandler.class);

    @Override
    @Logging(correlationIdPath = CorrelationIdPaths.API_GATEWAY_REST)
    @Metrics(namespace = "Orders", captureColdStart = true)
    @Tracing
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        LOG.info("Order placed {}", StructuredArguments.entry("order_id", event.getBody()));
        return new APIGatewayProxyResponseEvent().withStatusCode(201);
    }
}
