package dev.lambdaobs.benchmarks.lambdaobs;

import static dev.lambdaobs.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.logging.LoggingStep;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.MetricsRecorder;
import dev.lambdaobs.metrics.MetricsStep;
import dev.lambdaobs.tracing.CaptureMode;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.TracingConfig;
import dev.lambdaobs.tracing.TracingStep;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The order handler's own work in the functional form (what {@link OrderHandler} does inside its annotations),
 * and the pipeline of the three modules around it, for the handlers that build their pipeline in code.
 */
final class OrderWork {
    private static final Logger LOG = LogManager.getLogger(OrderWork.class);

    private OrderWork() {
    }

    /** Logging, metrics and tracing (capturing neither response nor error, as {@link OrderHandler}) on {@code tracer}. */
    static Observability.Builder pipeline(Tracer tracer) {
        return Observability.builder()
                .step(LoggingStep.fromEnvironment())
                .step(MetricsStep.fromEnvironment())
                .step(TracingStep.builder(TracingConfig.fromEnvironment()).tracer(tracer)
                        .captureMode(CaptureMode.DISABLED).build());
    }

    static APIGatewayProxyResponseEvent placeOrder(APIGatewayProxyRequestEvent event, Context context) {
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
