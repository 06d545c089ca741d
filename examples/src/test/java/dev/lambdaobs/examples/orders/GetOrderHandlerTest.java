package dev.lambdaobs.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.examples.localrun.LoopbackAws;
import dev.lambdaobs.examples.support.ExampleTracing;
import dev.lambdaobs.examples.support.SharedSchemas;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.StdoutCaptureExtension;
import dev.lambdaobs.test.TraceHeaders;
import dev.lambdaobs.tracing.Tracers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The functional (no weaving) handler, configured from a map as its constructor allows. */
@ExtendWith(StdoutCaptureExtension.class)
class GetOrderHandlerTest {
    private LoopbackAws aws;
    private OrderRepository orders;
    private GetOrderHandler handler;

    @BeforeEach
    void start() throws Exception {
        ExampleTracing.daemon().clear();
        aws = LoopbackAws.start();
        PowertoolsConfig config = PowertoolsConfig.from(ExampleTracing.environment("get-order").toMap());
        orders = aws.orders(Tracers.of(config));
        handler = new GetOrderHandler(config, orders);
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void anExistingOrderIsReturnedWithItsLookupLoggedCountedAndTraced(CapturedStdout stdout) {
        orders.save(new Order("o-9", "c-9", List.of(new OrderLine("MUG", 2, new BigDecimal("9.50"))), new BigDecimal("19.00"), "tok", Order.Status.PAID));

        String traceHeader = TraceHeaders.sampled();
        APIGatewayV2HTTPResponse response = handler.handleRequest(get("o-9"), context(traceHeader));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"status\":\"PAID\"").doesNotContain("tok");
        assertThat(stdout.jsonLines()).anySatisfy(line -> {
            assertThat(line.path("message").asText()).isEqualTo("Order found");
            assertThat(line.path("correlation_id").asText()).isEqualTo("http-req-o-9");
            assertThat(line.path("logger").asText()).isEqualTo(GetOrderHandler.class.getName());
        });
        List<JsonNode> emf = stdout.jsonLines().stream().filter(l -> l.has("_aws")).toList();
        emf.forEach(SharedSchemas::assertValidEmf);
        assertThat(emf).anySatisfy(d -> assertThat(d.path("OrderLookups").asInt()).isEqualTo(1));
        List<ReceivedSpan> spans = ExampleTracing.spansOf(traceHeader, 2);
        ReceivedSpan handler = ExampleTracing.named(spans, "## handleRequest");
        assertThat(handler.attributes()).containsEntry("order_id", "o-9");
        assertThat(spans).filteredOn(span -> span.kind().equals("SPAN_KIND_CLIENT")).extracting(ReceivedSpan::name)
                .containsExactly("DynamoDb.GetItem");
    }

    @Test
    void anUnknownOrderIsA404CountedAsA4xx(CapturedStdout stdout) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(get("o-unknown"), context());

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(stdout.jsonLines()).anySatisfy(line -> assertThat(line.path("level").asText()).isEqualTo("WARN"));
        assertThat(stdout.jsonLines()).anySatisfy(line -> assertThat(line.path("Http4xx").asInt()).isEqualTo(1));
        assertThat(stdout.jsonLines()).anySatisfy(line -> assertThat(line.path("OrderLookupMisses").asInt()).isEqualTo(1));
    }

    private static APIGatewayV2HTTPEvent get(String orderId) {
        return APIGatewayV2HTTPEvent.builder().withRawPath("/orders/" + orderId).withPathParameters(Map.of("orderId", orderId))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("http-req-" + orderId).build())
                .build();
    }

    private static FakeContext context() {
        return context(TraceHeaders.sampled());
    }

    private static FakeContext context(String traceHeader) {
        return FakeContext.builder().functionName("get-order").xrayTraceId(traceHeader).build();
    }
}
