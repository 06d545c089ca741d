package dev.lambdaobs.benchmarks.lambdaobs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.tracing.Tracers;
import dev.lambdaobs.tracing.TracingConfig;

/**
 * The order handler in the functional form on the X-Ray SDK backend, whatever {@code POWERTOOLS_TRACER} says: with
 * its twin on the other backend, what the launcher's {@code pair} mode compares in one JVM.
 */
public final class XRayOrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> observed =
            OrderWork.pipeline(Tracers.xray(TracingConfig.fromEnvironment())).build().decorate(OrderWork::placeOrder);

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return observed.handleRequest(event, context);
    }
}
