package dev.lambdaobs.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.examples.localrun.LoopbackAws;
import dev.lambdaobs.examples.support.ExampleTracing;
import dev.lambdaobs.examples.support.SharedSchemas;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.StdoutCaptureExtension;
import dev.lambdaobs.test.TraceHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The woven {@code @Logging @Metrics @Tracing} handler, as a user tests it with powertools-test. */
@ExtendWith(StdoutCaptureExtension.class)
class CreateOrderHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private LoopbackAws aws;
    private CreateOrderHandler handler;

    @BeforeEach
    void start() throws Exception {
        ExampleTracing.daemon().clear();
        aws = LoopbackAws.start();
        handler = new CreateOrderHandler(aws.orders(ExampleTracing.tracer()), aws.payments(ExampleTracing.tracer()), ExampleTracing.tracer());
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void anOrderIsStoredQueuedLoggedCountedAndTraced(CapturedStdout stdout) throws Exception {
        String traceHeader = TraceHeaders.sampled();
        APIGatewayProxyResponseEvent response = handler.handleRequest(post("""
                {"customerId":"c-7","paymentToken":"tok_visa","lines":[{"sku":"BOOK","quantity":2,"unitPrice":12.5}]}"""),
                FakeContext.builder().functionName("create-order").requestId("req-1").xrayTraceId(traceHeader).build());

        assertThat(response.getStatusCode()).isEqualTo(201);
        String orderId = JSON.readTree(response.getBody()).path("orderId").asText();
        assertThat(aws.orders(ExampleTracing.tracer()).find(orderId)).hasValueSatisfying(order -> {
            assertThat(order.customerId()).isEqualTo("c-7");
            assertThat(order.total()).isEqualByComparingTo("25.0");
        });
        assertThat(aws.sentMessages()).containsExactly(Map.entry("{\"orderId\":\"" + orderId + "\"}", "api-req-1"));

        JsonNode placed = stdout.jsonLines().stream().filter(l -> "Order placed".equals(l.path("message").asText())).findFirst().orElseThrow();
        assertThat(placed.path("order_id").asText()).isEqualTo(orderId);
        assertThat(placed.path("correlation_id").asText()).isEqualTo("api-req-1");
        assertThat(placed.path("function_request_id").asText()).isEqualTo("req-1");
        assertThat(placed.path("service").asText()).isEqualTo("orders");

        List<JsonNode> emf = stdout.jsonLines().stream().filter(l -> l.has("_aws")).toList();
        emf.forEach(SharedSchemas::assertValidEmf);
        JsonNode business = emf.stream().filter(d -> d.has("OrdersPlaced")).findFirst().orElseThrow();
        assertThat(business.path("_aws").path("CloudWatchMetrics").path(0).path("Namespace").asText()).isEqualTo("LambdaObsExample");
        assertThat(business.path("OrderValue").asDouble()).isEqualTo(25.0);
        assertThat(emf).anySatisfy(d -> assertThat(d.path("Http2xx").asInt()).isEqualTo(1));

        List<ReceivedSpan> spans = ExampleTracing.spansOf(traceHeader, 3);
        ReceivedSpan handler = ExampleTracing.named(spans, "## handleRequest");
        assertThat(handler.attributes()).containsEntry("order_id", orderId).containsEntry("customer_id", "c-7");
        assertThat(handler.annotationKeys()).contains("order_id", "customer_id");
        assertThat(spans).filteredOn(span -> span.kind().equals("SPAN_KIND_CLIENT"))
                .allSatisfy(call -> assertThat(call.parentSpanId()).isEqualTo(handler.spanId()))
                .extracting(ReceivedSpan::name).containsExactlyInAnyOrder("DynamoDb.PutItem", "Sqs.SendMessage");
    }

    @Test
    void anInvalidOrderIsA400WithAWarningAndNoWrite(CapturedStdout stdout) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(post("{\"customerId\":\"c-7\",\"paymentToken\":\"t\",\"lines\":[]}"),
                FakeContext.builder().functionName("create-order").xrayTraceId(TraceHeaders.sampled()).build());

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("lines: at least one line is required");
        assertThat(stdout.jsonLines()).anySatisfy(line -> {
            assertThat(line.path("level").asText()).isEqualTo("WARN");
            assertThat(line.path("message").asText()).startsWith("Order rejected");
        });
        assertThat(stdout.jsonLines()).anySatisfy(line -> assertThat(line.path("OrdersRejected").asInt()).isEqualTo(1));
        assertThat(aws.calls()).isEmpty();
    }

    private static APIGatewayProxyRequestEvent post(String body) {
        return new APIGatewayProxyRequestEvent().withHttpMethod("POST").withPath("/orders").withBody(body)
                .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext().withRequestId("api-req-1"));
    }
}
