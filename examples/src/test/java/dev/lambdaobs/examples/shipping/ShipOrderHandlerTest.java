package dev.lambdaobs.examples.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.examples.localrun.LoopbackAws;
import dev.lambdaobs.examples.orders.Order;
import dev.lambdaobs.examples.orders.OrderLine;
import dev.lambdaobs.examples.orders.OrderRepository;
import dev.lambdaobs.examples.reports.DailyReportHandler;
import dev.lambdaobs.examples.support.ExampleTracing;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import dev.lambdaobs.test.TraceHeaders;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The state machine's task picks the correlation id out of the OrderPaid event; the nightly report counts the result. */
@ExtendWith(StdoutCaptureExtension.class)
class ShipOrderHandlerTest {
    private LoopbackAws aws;
    private OrderRepository orders;

    @BeforeEach
    void start() throws Exception {
        aws = LoopbackAws.start();
        orders = aws.orders(ExampleTracing.tracer());
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void aPaidOrderIsShippedUnderTheOrdersCorrelationId(CapturedStdout stdout) {
        orders.save(new Order("o-5", "c-5", List.of(new OrderLine("HOODIE", 1, new BigDecimal("49.00"))), new BigDecimal("49.00"), "tok", Order.Status.PAID));
        Map<String, Object> event = Map.of("id", "evt-1", "detail-type", "OrderPaid", "source", "orders.payments",
                "detail", Map.of("orderId", "o-5", "correlation_id", "corr-5"));

        Map<String, String> response = new ShipOrderHandler(orders, ExampleTracing.tracer()).handleRequest(event,
                FakeContext.builder().functionName("ship-order").xrayTraceId(TraceHeaders.sampled()).build());

        assertThat(response).containsEntry("orderId", "o-5").containsKey("trackingNumber");
        assertThat(orders.find("o-5")).get().extracting(Order::status).isEqualTo(Order.Status.SHIPPED);
        assertThat(stdout.jsonLines()).filteredOn(line -> line.path("logger").asText().equals(ShipOrderHandler.class.getName()))
                .extracting(line -> line.path("message").asText() + " " + line.path("correlation_id").asText())
                .containsExactly("Event received corr-5", "Parcel booked corr-5");
        assertThat(stdout.jsonLines()).anySatisfy(line -> assertThat(line.path("OrdersShipped").asInt()).isEqualTo(1));

        Map<Order.Status, Integer> report = new DailyReportHandler(orders).handleRequest(null,
                FakeContext.builder().functionName("daily-report").xrayTraceId(TraceHeaders.sampled()).build());
        assertThat(report).containsEntry(Order.Status.SHIPPED, 1).containsEntry(Order.Status.PLACED, 0);
    }
}
