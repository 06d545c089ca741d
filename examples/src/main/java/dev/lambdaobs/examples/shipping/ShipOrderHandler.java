package dev.lambdaobs.examples.shipping;

import static dev.lambdaobs.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.lambdaobs.examples.orders.Order;
import dev.lambdaobs.examples.orders.OrderRepository;
import dev.lambdaobs.logging.Logging;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.MetricsRecorder;
import dev.lambdaobs.metrics.Metrics;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.Tracers;
import dev.lambdaobs.tracing.Tracing;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The fulfilment state machine's {@code BookParcel} task: receives the {@code OrderPaid} event
 * (EventBridge, custom bus {@code orders}) as a plain map and books a parcel. The payment service put
 * the order's correlation id into the event's detail; a JMESPath of our own picks it up.
 */
public final class ShipOrderHandler implements RequestHandler<Map<String, Object>, Map<String, String>> {
    /** Where the {@code OrderPaid} event carries the order's correlation id. */
    static final String CORRELATION_ID_PATH = "detail.correlation_id";
    private static final Logger LOG = LogManager.getLogger(ShipOrderHandler.class);
    private final OrderRepository orders;
    private final Tracer tracer;

    public ShipOrderHandler() {
        this(Tracers.fromEnvironment());
    }

    private ShipOrderHandler(Tracer tracer) {
        this(OrderRepository.fromEnvironment(tracer), tracer);
    }

    public ShipOrderHandler(OrderRepository orders, Tracer tracer) {
        this.orders = orders;
        this.tracer = tracer;
    }

    @Override
    @Logging(logEvent = true, correlationIdPath = CORRELATION_ID_PATH)
    @Metrics
    @Tracing
    public Map<String, String> handleRequest(Map<String, Object> event, Context context) {
        Object orderId = event.get("detail") instanceof Map<?, ?> detail ? detail.get("orderId") : null;
        if (orderId == null) {
            throw new IllegalArgumentException("event " + event.get("id") + " has no detail.orderId");
        }
        Order order = orders.find(orderId.toString())
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " not in the table"));
        if (order.status() != Order.Status.PAID) {
            throw new IllegalStateException("order " + order.orderId() + " is " + order.status() + ", not PAID");
        }
        String tracking = tracer.trace("## bookParcel", () -> "PKG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
        orders.save(order.withStatus(Order.Status.SHIPPED));
        tracer.currentSpan().annotate("order_id", order.orderId()).annotate("carrier", "DHL");
        MetricsRecorder.current().add("OrdersShipped", 1, MetricUnit.COUNT).dimension("carrier", "DHL");
        LOG.info("Parcel booked", entry("order_id", order.orderId()), entry("tracking_number", tracking));
        return Map.of("orderId", order.orderId(), "carrier", "DHL", "trackingNumber", tracking);
    }
}
