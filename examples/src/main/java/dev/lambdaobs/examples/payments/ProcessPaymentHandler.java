package dev.lambdaobs.examples.payments;

import static dev.lambdaobs.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.examples.orders.Order;
import dev.lambdaobs.examples.orders.OrderRepository;
import dev.lambdaobs.examples.orders.PaymentQueue;
import dev.lambdaobs.logging.Logging;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.MetricsRecorder;
import dev.lambdaobs.metrics.Metrics;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.Tracers;
import dev.lambdaobs.tracing.Tracing;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * SQS consumer of the payments queue: charges each order's card. The correlation id comes from the
 * message attribute the API set, so this function's logs and trace join the order's. A declined card
 * counts a {@code PaymentFailures} metric, marks the order and then throws: the message is retried
 * and finally lands in the dead-letter queue, and the error shows in the logs, the metrics
 * ({@code HandlerErrors}) and the trace ({@code fault}).
 */
public final class ProcessPaymentHandler implements RequestHandler<SQSEvent, String> {
    private static final Logger LOG = LogManager.getLogger(ProcessPaymentHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OrderRepository orders;
    private final CardGateway cards;
    private final Tracer tracer;

    public ProcessPaymentHandler() {
        this(Tracers.fromEnvironment());
    }

    private ProcessPaymentHandler(Tracer tracer) {
        this(OrderRepository.fromEnvironment(tracer), new CardGateway(), tracer);
    }

    public ProcessPaymentHandler(OrderRepository orders, CardGateway cards, Tracer tracer) {
        this.orders = orders;
        this.cards = cards;
        this.tracer = tracer;
    }

    @Override
    @Logging(logEvent = true)
    @Metrics(invocationMetrics = true)
    @Tracing
    public String handleRequest(SQSEvent event, Context context) {
        int charged = 0;
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            SQSEvent.MessageAttribute correlation = message.getMessageAttributes() == null ? null
                    : message.getMessageAttributes().get(PaymentQueue.CORRELATION_ID_ATTRIBUTE);
            if (correlation != null) {
                Invocation.current().ifPresent(invocation -> invocation.correlationId(correlation.getStringValue()));
            }
            pay(orderIdOf(message));
            charged++;
        }
        return "charged " + charged;
    }

    private void pay(String orderId) {
        Order order = orders.find(orderId).orElseThrow(() -> new IllegalStateException("order " + orderId + " not in the table"));
        tracer.currentSpan().annotate("order_id", orderId);
        try {
            String chargeId = cards.charge(order.orderId(), order.paymentToken(), order.total());
            LOG.info("Payment charged", entry("order_id", orderId), entry("charge_id", chargeId), entry("amount", order.total()));
        } catch (PaymentDeclinedException declined) {
            orders.save(order.withStatus(Order.Status.PAYMENT_FAILED));
            MetricsRecorder.current().add("PaymentFailures", 1, MetricUnit.COUNT).metadata("order_id", orderId);
            tracer.currentSpan().annotate("payment_declined", true);
            throw declined;
        }
        orders.save(order.withStatus(Order.Status.PAID));
        MetricsRecorder.current().add("PaymentsCharged", 1, MetricUnit.COUNT).add("Revenue", order.total().doubleValue(), MetricUnit.NONE);
    }

    static String orderIdOf(SQSEvent.SQSMessage message) {
        try {
            String orderId = JSON.readTree(message.getBody()).path("orderId").asText("");
            if (orderId.isEmpty()) {
                throw new IllegalArgumentException("message " + message.getMessageId() + " has no orderId");
            }
            return orderId;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("message " + message.getMessageId() + " is not JSON", e);
        }
    }
}
