package dev.lambdaobs.examples.orders;

import static dev.lambdaobs.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.logging.CorrelationIdPaths;
import dev.lambdaobs.logging.LoggingConfig;
import dev.lambdaobs.logging.LoggingStep;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.MetricsConfig;
import dev.lambdaobs.metrics.MetricsRecorder;
import dev.lambdaobs.metrics.MetricsStep;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.TracingStep;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code GET /orders/{orderId}} (HTTP API): one order, or 404. Observed with the functional API
 * only, no annotations and no weaving: one {@link Observability} pipeline of the logging, metrics and
 * tracing steps, built once per environment from its configuration.
 */
public final class GetOrderHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final Logger LOG = LogManager.getLogger(GetOrderHandler.class);
    private final Observability observability;
    private final Tracer tracer;
    private final OrderRepository orders;

    /** Used by Lambda: configuration from the environment. */
    public GetOrderHandler() {
        this(PowertoolsConfig.fromEnvironment(), null);
    }

    /** With a configuration of your own (tests: a map); {@code orders} null means the table of the environment. */
    public GetOrderHandler(PowertoolsConfig config, OrderRepository orders) {
        TracingStep tracing = TracingStep.builder(config).build();
        this.tracer = tracing.tracer();
        this.observability = Observability.builder()
                .config(config)
                .step(LoggingStep.of(LoggingConfig.from(config).toBuilder()
                        .correlationIdPath(CorrelationIdPaths.API_GATEWAY_HTTP)
                        .loggerName(GetOrderHandler.class.getName())
                        .build()))
                .step(MetricsStep.builder(MetricsConfig.builder(config).invocationMetrics(true).build()).build())
                .step(tracing)
                .build();
        this.orders = orders != null ? orders : OrderRepository.fromEnvironment(tracer);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return observability.call(event, context, () -> getOrder(event));
    }

    private APIGatewayV2HTTPResponse getOrder(APIGatewayV2HTTPEvent event) {
        String orderId = event.getPathParameters() == null ? null : event.getPathParameters().get("orderId");
        if (orderId == null || orderId.isBlank()) {
            return respond(400, JsonResponses.error("path parameter orderId is required"));
        }
        tracer.currentSpan().annotate("order_id", orderId);
        return orders.find(orderId)
                .map(order -> {
                    LOG.info("Order found", entry("order_id", orderId), entry("status", order.status()));
                    MetricsRecorder.current().add("OrderLookups", 1, MetricUnit.COUNT);
                    return respond(200, JsonResponses.body(Map.of("orderId", order.orderId(), "customerId", order.customerId(),
                            "status", order.status(), "total", order.total(), "lines", order.lines())));
                })
                .orElseGet(() -> {
                    LOG.warn("Order not found", entry("order_id", orderId));
                    MetricsRecorder.current().add("OrderLookupMisses", 1, MetricUnit.COUNT);
                    return respond(404, JsonResponses.error("order " + orderId + " not found"));
                });
    }

    private static APIGatewayV2HTTPResponse respond(int status, String body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(JsonResponses.HEADERS).withBody(body).build();
    }
}
