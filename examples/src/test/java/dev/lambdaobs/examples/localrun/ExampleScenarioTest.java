package dev.lambdaobs.examples.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The story's wiring without JVMs: which events each function gets, built from what the previous
 * functions answered and queued. Functions are simulated by an invoker that answers like the handlers.
 */
class ExampleScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SqsStandIn queue = new SqsStandIn();
    private final Map<String, List<JsonNode>> received = new LinkedHashMap<>();

    @Test
    void ordersFlowFromTheApiThroughThePaymentQueueToShipping() throws Exception {
        List<InvocationRecord> records = new ExampleScenario(new ExampleEvents(Path.of("events")), queue).run(this::simulate);

        assertThat(received.keySet()).containsExactly(ExampleFunctions.CREATE_ORDER.functionName(), ExampleFunctions.GET_ORDER.functionName(),
                ExampleFunctions.PROCESS_PAYMENT.functionName(), ExampleFunctions.SHIP_ORDER.functionName(),
                ExampleFunctions.DAILY_REPORT.functionName());
        assertThat(events(ExampleFunctions.CREATE_ORDER)).hasSize(4)
                .allSatisfy(e -> assertThat(e.path("requestContext").path("requestId").asText()).isNotBlank());
        assertThat(events(ExampleFunctions.GET_ORDER)).extracting(e -> e.path("pathParameters").path("orderId").asText())
                .containsExactly("o-1", "o-2", "o-3", ExampleScenario.MISSING_ORDER_ID);
        assertThat(events(ExampleFunctions.PROCESS_PAYMENT)).extracting(e -> e.path("Records").path(0).path("body").asText())
                .containsExactly("{\"orderId\":\"o-1\"}", "{\"orderId\":\"o-2\"}", "{\"orderId\":\"o-3\"}");
        assertThat(events(ExampleFunctions.PROCESS_PAYMENT).get(0).path("Records").path(0).path("messageAttributes")
                .path("correlation_id").path("stringValue").asText()).isEqualTo("corr-1");
        assertThat(events(ExampleFunctions.SHIP_ORDER)).as("the declined order o-3 is not shipped")
                .extracting(e -> e.path("detail").path("orderId").asText() + "/" + e.path("detail").path("correlation_id").asText())
                .containsExactly("o-1/corr-1", "o-2/corr-2");
        assertThat(events(ExampleFunctions.DAILY_REPORT)).hasSize(2);
        assertThat(records).hasSize(4 + 4 + 3 + 2 + 2);
    }

    private List<JsonNode> events(LocalFunction function) {
        return received.get(function.functionName());
    }

    /** Answers like the real handlers: the first three orders are created and queued, the fourth is invalid; o-3's card is declined. */
    private List<InvocationRecord> simulate(LocalFunction function, List<String> payloads) throws Exception {
        List<InvocationRecord> records = new ArrayList<>();
        for (String payload : payloads) {
            JsonNode event = JSON.readTree(payload);
            received.computeIfAbsent(function.functionName(), f -> new ArrayList<>()).add(event);
            int n = records.size() + 1;
            InvocationOutcome outcome = new InvocationOutcome("r-" + n, InvocationOutcome.Kind.RESPONSE, "{}", null, 1);
            if (function == ExampleFunctions.CREATE_ORDER && n <= 3) {
                queue.handle("SendMessage", JSON.readTree("{\"QueueUrl\":\"q\",\"MessageBody\":\"{\\\"orderId\\\":\\\"o-" + n
                        + "\\\"}\",\"MessageAttributes\":{\"correlation_id\":{\"DataType\":\"String\",\"StringValue\":\"corr-" + n + "\"}}}"));
                String body = JSON.writeValueAsString(Map.of("orderId", "o-" + n));
                outcome = new InvocationOutcome("r-" + n, InvocationOutcome.Kind.RESPONSE,
                        JSON.writeValueAsString(Map.of("statusCode", 201, "body", body)), null, 1);
            } else if (function == ExampleFunctions.CREATE_ORDER) {
                outcome = new InvocationOutcome("r-" + n, InvocationOutcome.Kind.RESPONSE, "{\"statusCode\":400,\"body\":\"{}\"}", null, 1);
            } else if (function == ExampleFunctions.PROCESS_PAYMENT && n == 3) {
                outcome = new InvocationOutcome("r-" + n, InvocationOutcome.Kind.FUNCTION_ERROR, "{\"errorType\":\"Declined\"}", "Runtime.UserException", 1);
            }
            records.add(new InvocationRecord(function.functionName(), "r-" + n, "1-x", n == 1, outcome));
        }
        return records;
    }
}
