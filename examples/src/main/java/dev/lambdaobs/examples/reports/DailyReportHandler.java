package dev.lambdaobs.examples.reports;

import static dev.lambdaobs.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.lambdaobs.core.snapstart.SnapStartPriming;
import dev.lambdaobs.examples.orders.Order;
import dev.lambdaobs.examples.orders.OrderRepository;
import dev.lambdaobs.logging.Logging;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.MetricsRecorder;
import dev.lambdaobs.metrics.Metrics;
import dev.lambdaobs.tracing.Tracers;
import dev.lambdaobs.tracing.Tracing;
import java.util.EnumMap;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The nightly job (EventBridge schedule): counts the orders in each status. Primed for SnapStart: the
 * pipelines of its three annotations are built during init, with the hooks that run a synthetic invocation
 * through them before the checkpoint.
 */
public final class DailyReportHandler implements RequestHandler<ScheduledEvent, Map<Order.Status, Integer>> {
    private static final Logger LOG = LogManager.getLogger(DailyReportHandler.class);

    static {
        SnapStartPriming.init();
    }
    private final OrderRepository orders;

    public DailyReportHandler() {
        this(OrderRepository.fromEnvironment(Tracers.fromEnvironment()));
    }

    public DailyReportHandler(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Logging
    @Metrics
    @Tracing
    public Map<Order.Status, Integer> handleRequest(ScheduledEvent event, Context context) {
        Map<Order.Status, Integer> counts = new EnumMap<>(Order.Status.class);
        for (Order.Status status : Order.Status.values()) {
            counts.put(status, 0);
        }
        orders.all().forEach(order -> counts.merge(order.status(), 1, Integer::sum));
        MetricsRecorder.current()
                .add("OrdersAwaitingPayment", counts.get(Order.Status.PLACED), MetricUnit.COUNT)
                .add("OrdersPaymentFailed", counts.get(Order.Status.PAYMENT_FAILED), MetricUnit.COUNT);
        LOG.info("Daily order report", entry("orders_by_status", counts));
        return counts;
    }
}
