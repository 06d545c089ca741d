package dev.lambdaobs.examples.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.examples.localrun.LoopbackAws;
import dev.lambdaobs.examples.orders.Order;
import dev.lambdaobs.examples.orders.OrderLine;
import dev.lambdaobs.examples.orders.OrderRepository;
import dev.lambdaobs.examples.support.ExampleTracing;
import dev.lambdaobs.examples.support.SharedSchemas;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.StdoutCaptureExtension;
import dev.lambdaobs.test.TraceHeaders;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SQS consumer: a charged card, and the declined card whose error shows in logs, metrics and trace. */
@ExtendWith(StdoutCaptureExtension.class)
class ProcessPaymentHandlerTest {
    private LoopbackAws aws;
    private OrderRepository orders;
    private ProcessPaymentHandler handler;

    @BeforeEach
    void start() throws Exception {
        ExampleTracing.daemon().clear();
        aws = LoopbackAws.start();
        orders = aws.orders(ExampleTracing.tracer());
        handler = new ProcessPaymentHandler(orders, new CardGateway(), ExampleTracing.tracer());
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void aChargedOrderIsPaidAndCounted(CapturedStdout stdout) {
        orders.save(order("o-1", "tok_visa"));

        String result = handler.handleRequest(message("o-1", "corr-1"), context());

        assertThat(result).isEqualTo("charged 1");
        assertThat(orders.find("o-1")).get().extracting(Order::status).isEqualTo(Order.Status.PAID);
        assertThat(stdout.jsonLines()).anySatisfy(line -> {
            assertThat(line.path("message").asText()).isEqualTo("Payment charged");
            assertThat(line.path("correlation_id").asText()).isEqualTo("corr-1");
        });
        assertThat(stdout.jsonLines()).anySatisfy(line -> assertThat(line.path("PaymentsCharged").asInt()).isEqualTo(1));
    }

    @Test
    void theThreeAnnotationsReportTheServiceOfTheOneTestConfiguration(CapturedStdout stdout) {
        orders.save(order("o-2", "tok_visa"));

        String traceHeader = TraceHeaders.sampled();
        handler.handleRequest(message("o-2", "corr-2"), context(traceHeader));

        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).filteredOn(line -> !line.has("_aws")).isNotEmpty()
                .allSatisfy(line -> assertThat(line.path("service").asText()).isEqualTo("orders"));
        assertThat(lines).filteredOn(line -> line.has("_aws")).isNotEmpty()
                .allSatisfy(line -> assertThat(line.path("Service").asText()).isEqualTo("orders"));
        assertThat(ExampleTracing.spanOf(traceHeader, "## handleRequest").attributes())
                .containsEntry("Service", "orders");
    }

    @Test
    void aDeclinedCardFailsTheMessageAndShowsEverywhere(CapturedStdout stdout) {
        orders.save(order("o-2", CardGateway.DECLINED_TOKEN));

        String traceHeader = TraceHeaders.sampled();
        assertThatThrownBy(() -> handler.handleRequest(message("o-2", "corr-2"), context(traceHeader)))
                .isInstanceOf(PaymentDeclinedException.class)
                .hasMessageContaining("o-2");

        assertThat(orders.find("o-2")).get().extracting(Order::status).isEqualTo(Order.Status.PAYMENT_FAILED);
        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("level").asText()).isEqualTo("ERROR");
            assertThat(line.path("error").path("name").asText()).isEqualTo(PaymentDeclinedException.class.getName());
            assertThat(line.path("correlation_id").asText()).isEqualTo("corr-2");
        });
        List<JsonNode> emf = lines.stream().filter(l -> l.has("_aws")).toList();
        emf.forEach(SharedSchemas::assertValidEmf);
        assertThat(emf).anySatisfy(d -> assertThat(d.path("PaymentFailures").asInt()).isEqualTo(1));
        assertThat(emf).anySatisfy(d -> assertThat(d.path("HandlerErrors").asInt()).isEqualTo(1));

        List<ReceivedSpan> spans = ExampleTracing.spansOf(traceHeader, 3);
        ReceivedSpan handler = ExampleTracing.named(spans, "## handleRequest");
        assertThat(handler.statusCode()).isEqualTo("STATUS_CODE_ERROR");
        assertThat(handler.attributes()).containsEntry("payment_declined", true);
        ReceivedSpan charge = ExampleTracing.named(spans, "## chargeCard");
        assertThat(charge.statusCode()).isEqualTo("STATUS_CODE_ERROR");
        assertThat(charge.parentSpanId()).isEqualTo(handler.spanId());
    }

    private static Order order(String id, String token) {
        return new Order(id, "c-1", List.of(new OrderLine("BOOK", 1, new BigDecimal("30.00"))), new BigDecimal("30.00"), token,
                Order.Status.PLACED);
    }

    private static SQSEvent message(String orderId, String correlationId) {
        SQSEvent.MessageAttribute correlation = new SQSEvent.MessageAttribute();
        correlation.setDataType("String");
        correlation.setStringValue(correlationId);
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("m-" + orderId);
        message.setBody("{\"orderId\":\"" + orderId + "\"}");
        message.setMessageAttributes(Map.of("correlation_id", correlation));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));
        return event;
    }

    private static FakeContext context() {
        return context(TraceHeaders.sampled());
    }

    private static FakeContext context(String traceHeader) {
        return FakeContext.builder().functionName("process-payment").xrayTraceId(traceHeader).build();
    }
}
