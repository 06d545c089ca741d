package dev.lambdaobs.examples.payments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.examples.orders.Order;
import dev.lambdaobs.examples.orders.OrderRepository;

/**
 * SQS consumer of the payments queue: charges each order's card. A declined card marks the order
 * and then throws, so the batch is retried and finally lands in the dead-letter queue, and the error
 * shows in the logs, the metrics and the trace.
 */
public final class ProcessPaymentHandler implements RequestHandler<SQSEvent, String> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OrderRepository orders;
    private final CardGateway cards;

    public ProcessPaymentHandler() {
        this(OrderRepository.fromEnvironment(), new CardGateway());
    }

    public ProcessPaymentHandler(OrderRepository orders, CardGateway cards) {
        this.orders = orders;
        this.cards = cards;
    }

    @Override
    public String handleRequest(SQSEvent event, Context context) {
        int charged = 0;
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            pay(orderIdOf(message));
            charged++;
        }
        return "charged " + charged;
    }

    private void pay(String orderId) {
        Order order = orders.find(orderId).orElseThrow(() -> new IllegalStateException("order " + orderId + " not in the table"));
        try {
            cards.charge(order.orderId(), order.paymentToken(), order.total());
        } catch (PaymentDeclinedException declined) {
            orders.save(order.withStatus(Order.Status.PAYMENT_FAILED));
            throw declined;
        }
        orders.save(order.withStatus(Order.Status.PAID));
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
