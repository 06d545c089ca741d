package dev.lambdaobs.benchmarks.lambdaobs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.tracing.Tracers;

/**
 * SnapStart benchmark only: the order handler in the functional form with SnapStart priming registered, as the
 * README's SnapStart section shows; otherwise the same work as {@link OrderHandler}.
 */
public final class PrimedOrderHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Observability OBSERVABILITY = OrderWork.pipeline(Tracers.fromEnvironment())
            .snapStartPriming(new APIGatewayProxyRequestEvent(), new APIGatewayProxyResponseEvent().withStatusCode(200))
            .build();
    private final RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> observed =
            OBSERVABILITY.decorate(OrderWork::placeOrder);

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return observed.handleRequest(event, context);
    }
}
