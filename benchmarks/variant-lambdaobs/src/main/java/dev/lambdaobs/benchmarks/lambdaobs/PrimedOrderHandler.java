package dev.lambdaobs.benchmarks.lambdaobs;

import static dev.lambdaobs.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.logging.LoggingStep;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.MetricsRecorder;
import dev.lambdaobs.metrics.MetricsStep;
import dev.lambdaobs.tracing.CaptureMode;
import dev.lambdaobs.tracing.TracingConfig;
import dev.lambdaobs.tracing.TracingStep;
import dev.lambdaobs.tracing.Tracers;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * SnapStart benchmark only: the order handler in the functional form with SnapStart priming registered, as the
 * README's SnapStart section shows; otherwise the same work as {@link OrderHandler}.
 */
public final class PrimedOrderHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Logger LOG = LogManager.getLogger(PrimedOrderHandler.class);
    private static final Observability OBSERVABILITY = Observability.builder()
            .step(LoggingStep.fromEnvironment())
            .step(MetricsStep.fromEnvironment())
            .step(TracingStep.builder(TracingConfig.fromEnvironment()).tracer(Tracers.fromEnvironment())
                    .captureMode(CaptureMode.DISABLED).build())
            .snapStartPriming(new APIGatewayProxyRequestEvent(), new APIGatewayProxyResponseEvent().withStatusCode(200))
            .build();
    private final RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> observed =
            OBSERVABILITY.decorate(this::placeOrder);

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return observed.handleRequest(event, context);
    }

    private APIGatewayProxyResponseEvent placeOrder(APIGatewayProxyRequestEvent event, Context context) {
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
