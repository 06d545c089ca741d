package dev.lambdaobs.examples.reports;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.lambdaobs.examples.orders.Order;
import dev.lambdaobs.examples.orders.OrderRepository;
import java.util.EnumMap;
import java.util.Map;

/** The nightly job (EventBridge schedule): counts the orders in each status. */
public final class DailyReportHandler implements RequestHandler<ScheduledEvent, Map<Order.Status, Integer>> {
    private final OrderRepository orders;

    public DailyReportHandler() {
        this(OrderRepository.fromEnvironment());
    }

    public DailyReportHandler(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Map<Order.Status, Integer> handleRequest(ScheduledEvent event, Context context) {
        Map<Order.Status, Integer> counts = new EnumMap<>(Order.Status.class);
        for (Order.Status status : Order.Status.values()) {
            counts.put(status, 0);
        }
        orders.all().forEach(order -> counts.merge(order.status(), 1, Integer::sum));
        return counts;
    }
}
