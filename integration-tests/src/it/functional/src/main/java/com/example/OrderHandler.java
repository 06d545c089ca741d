package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.logging.LoggingStep;
import dev.lambdaobs.logging.StructuredArguments;
import dev.lambdaobs.metrics.MetricsStep;
import dev.lambdaobs.tracing.TracingStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// The README's functional form: one Observability per handler class, the handler decorated.
public final class OrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(OrderHandler.class);
    private static final Observability OBSERVABILITY = Observability.builder()
            .step(LoggingStep.fromEnvironment())
            .step(MetricsStep.fromEnvironment())
            .step(TracingStep.fromEnvironment())
            .build();
    private final RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> observed =
            OBSERVABILITY.decorate(this::placeOrder);

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return observed.handleRequest(event, context);
    }

    private APIGatewayProxyResponseEvent placeOrder(APIGatewayProxyRequestEvent event, Context context) {
        LOG.info("Order placed {}", StructuredArguments.entry("order_id", event.getBody()));
        return new APIGatewayProxyResponseEvent().withStatusCode(201);
    }
}
