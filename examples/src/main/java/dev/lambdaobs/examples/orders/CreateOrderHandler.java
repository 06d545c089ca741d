package dev.lambdaobs.examples.orders;

import static dev.lambdaobs.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.logging.CorrelationIdPaths;
import dev.lambdaobs.logging.Logging;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.MetricsRecorder;
import dev.lambdaobs.metrics.Metrics;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.Tracers;
import dev.lambdaobs.tracing.Tracing;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code POST /orders} (API Gateway REST): validates the order, stores it, queues its payment.
 * Observed with the annotations (compile-time weaving): the API Gateway request id is the correlation
 * id, passed on to the payment message; {@code OrdersPlaced} and {@code OrderValue} are business
 * metrics; {@code order_id} and {@code customer_id} are searchable trace annotations.
 */
public final class CreateOrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Logger LOG = LogManager.getLogger(CreateOrderHandler.class);
    private final OrderRepository orders;
    private final PaymentQueue payments;
    private final Tracer tracer;

    /** Used by Lambda: clients built once per environment, during init. */
    public CreateOrderHandler() {
        this(Tracers.fromEnvironment());
    }

    private CreateOrderHandler(Tracer tracer) {
        this(OrderRepository.fromEnvironment(tracer), PaymentQueue.fromEnvironment(tracer), tracer);
    }

    public CreateOrderHandler(OrderRepository orders, PaymentQueue payments, Tracer tracer) {
        this.orders = orders;
        this.payments = payments;
        this.tracer = tracer;
    }

    @Override
    @Logging(correlationIdPath = CorrelationIdPaths.API_GATEWAY_REST)
    @Metrics(invocationMetrics = true)
    @Tracing
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Order order;
        try {
            order = OrderRequest.parse(event.getBody());
        } catch (InvalidOrderException invalid) {
            LOG.warn("Order rejected: {}", invalid.getMessage());
            MetricsRecorder.current().add("OrdersRejected", 1, MetricUnit.COUNT);
            return respond(400, JsonResponses.error(invalid.getMessage()));
        }
        tracer.currentSpan().annotate("order_id", order.orderId()).annotate("customer_id", order.customerId());
        orders.save(order);
        String correlationId = Invocation.current().flatMap(Invocation::correlationId).orElse(context.getAwsRequestId());
        String messageId = payments.requestPayment(order, correlationId);
        MetricsRecorder.current()
                .add("OrdersPlaced", 1, MetricUnit.COUNT)
                .add("OrderValue", order.total().doubleValue(), MetricUnit.NONE)
                .metadata("order_id", order.orderId());
        LOG.info("Order placed", entry("order_id", order.orderId()), entry("customer_id", order.customerId()),
                entry("total", order.total()), entry("payment_message_id", messageId));
        return respond(201, JsonResponses.body(Map.of("orderId", order.orderId(), "status", order.status(), "total", order.total())));
    }

    private static APIGatewayProxyResponseEvent respond(int status, String body) {
        return new APIGatewayProxyResponseEvent().withStatusCode(status).withHeaders(JsonResponses.HEADERS).withBody(body);
    }
}
