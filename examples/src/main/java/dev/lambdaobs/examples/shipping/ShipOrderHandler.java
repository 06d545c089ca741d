package dev.lambdaobs.examples.shipping;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.lambdaobs.examples.orders.Order;
import dev.lambdaobs.examples.orders.OrderRepository;
import java.util.Map;
import java.util.UUID;

/**
 * The fulfilment state machine's {@code BookParcel} task: receives the {@code OrderPaid} event
 * (EventBridge, custom bus {@code orders}) and books a parcel for the order.
 */
public final class ShipOrderHandler implements RequestHandler<ScheduledEvent, Map<String, String>> {
    private final OrderRepository orders;

    public ShipOrderHandler() {
        this(OrderRepository.fromEnvironment());
    }

    public ShipOrderHandler(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Map<String, String> handleRequest(ScheduledEvent event, Context context) {
        Object orderId = event.getDetail() == null ? null : event.getDetail().get("orderId");
        if (orderId == null) {
            throw new IllegalArgumentException("event " + event.getId() + " has no detail.orderId");
        }
        Order order = orders.find(orderId.toString())
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " not in the table"));
        if (order.status() != Order.Status.PAID) {
            throw new IllegalStateException("order " + order.orderId() + " is " + order.status() + ", not PAID");
        }
        orders.save(order.withStatus(Order.Status.SHIPPED));
        String tracking = "PKG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        return Map.of("orderId", order.orderId(), "carrier", "DHL", "trackingNumber", tracking);
    }
}
