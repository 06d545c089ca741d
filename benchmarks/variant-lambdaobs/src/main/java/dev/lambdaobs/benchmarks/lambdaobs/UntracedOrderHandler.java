package dev.lambdaobs.benchmarks.lambdaobs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.tracing.Tracer;

/**
 * The order handler in the functional form with tracing off (the no-op tracer), logging and metrics as in its
 * twins {@link OtelOrderHandler} and {@link XRayOrderHandler}: beside either in the launcher's {@code pair} mode, the
 * difference is what that tracing backend adds to a warm invocation.
 */
public final class UntracedOrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> observed =
            OrderWork.pipeline(Tracer.noop()).build().decorate(OrderWork::placeOrder);

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return observed.handleRequest(event, context);
    }
}
