package dev.lambdaobs.dashboardgen.preview.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** invocations.jsonl as the example's local run writes it, turned into what Lambda and API Gateway would report. */
class InvocationMetricsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void derivesLambdaAndApiGatewayMetricsPerFunction() throws Exception {
        Path invocations = Files.writeString(dir.resolve("invocations.jsonl"), String.join("\n",
                line("svc-Api-Fn", "r1", "2026-12-02T15:22:23.000Z", "RESPONSE", 300, "{\\\"statusCode\\\":201}"),
                line("svc-Api-Fn", "r2", "2026-12-02T15:22:23.100Z", "RESPONSE", 50, "{\\\"statusCode\\\":400}"),
                line("svc-Api-Fn", "r3", "2026-12-02T15:22:24.000Z", "FUNCTION_ERROR", 20, "{\\\"errorType\\\":\\\"Boom\\\"}"),
                line("svc-Worker", "r4", "2026-12-02T15:22:25.000Z", "RESPONSE", 10, "\\\"done\\\"")) + "\n");
        var template = JSON.readTree("{\"Resources\":{\"Fn\":{\"Type\":\"AWS::Serverless::Function\",\"Properties\":{\"Events\":"
                + "{\"Post\":{\"Type\":\"Api\",\"Properties\":{\"RestApiId\":{\"Ref\":\"Api\"}}}}}},"
                + "\"Worker\":{\"Type\":\"AWS::Serverless::Function\",\"Properties\":{}}}}");
        var alarms = JSON.readTree("[{\"resource\":\"Api\",\"properties\":{\"Namespace\":\"AWS/ApiGateway\",\"Dimensions\":"
                + "[{\"Name\":\"ApiName\",\"Value\":\"orders-api\"},{\"Name\":\"Stage\",\"Value\":\"prod\"}]}}]");
        LocalMetrics metrics = new LocalMetrics();
        InvocationMetrics.derive(LocalRunFiles.invocations(invocations, List.of()), ApiRoutes.of(template, alarms), metrics);

        assertThat(values(metrics, "AWS/Lambda", "Invocations", Map.of("FunctionName", "${Fn}"))).containsExactly(1.0, 1.0, 1.0);
        assertThat(values(metrics, "AWS/Lambda", "Errors", Map.of("FunctionName", "${Fn}"))).containsExactly(0.0, 0.0, 1.0);
        assertThat(values(metrics, "AWS/Lambda", "Duration", Map.of("FunctionName", "${Fn}"))).containsExactly(300.0, 50.0, 20.0);
        assertThat(values(metrics, "AWS/Lambda", "Throttles", Map.of("FunctionName", "${Worker}"))).containsExactly(0.0);
        // r2 starts while r1 runs: two concurrent executions
        assertThat(values(metrics, "AWS/Lambda", "ConcurrentExecutions", Map.of("FunctionName", "${Fn}"))).containsExactly(1.0, 2.0, 1.0);
        Map<String, String> api = Map.of("ApiName", "orders-api", "Stage", "prod");
        assertThat(values(metrics, "AWS/ApiGateway", "Count", api)).containsExactly(1.0, 1.0, 1.0);
        assertThat(values(metrics, "AWS/ApiGateway", "4XXError", api)).containsExactly(0.0, 1.0, 0.0);
        assertThat(values(metrics, "AWS/ApiGateway", "5XXError", api)).containsExactly(0.0, 0.0, 1.0);
        assertThat(values(metrics, "AWS/ApiGateway", "Latency", api)).containsExactly(300.0, 50.0, 20.0);
        assertThat(metrics.matching(new MetricRef("AWS/Lambda", "Errors", Map.of("FunctionName", "${Fn}"))).get(0).source())
                .isEqualTo("derived locally");
        assertThat(metrics.search("AWS/ApiGateway", "Count")).hasSize(1);
    }

    @Test
    void startTimesMissingFromTheFileComeFromTheRequestsLogLines() throws Exception {
        Path invocations = Files.writeString(dir.resolve("invocations.jsonl"),
                "{\"function\":\"f\",\"request_id\":\"r1\",\"outcome\":\"RESPONSE\",\"duration_ms\":5}\n");
        var logs = List.of(JSON.readTree("{\"timestamp\":\"2026-12-02T15:22:23.682Z\",\"function_request_id\":\"r1\"}"),
                JSON.readTree("{\"_aws\":{\"Timestamp\":1796224943029,\"CloudWatchMetrics\":[]},\"function_request_id\":\"r1\"}"));
        assertThat(LocalRunFiles.invocations(invocations, logs)).singleElement()
                .satisfies(i -> assertThat(i.startMillis()).isEqualTo(1_796_224_943_029L));
        assertThatThrownBy(() -> LocalRunFiles.invocations(invocations, List.of())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("invocations.jsonl:1: timestamp: missing").hasMessageContaining("--logs");
    }

    @Test
    void aLineThatIsNotJsonIsBadInputNamingFileAndLine() throws Exception {
        Path invocations = Files.writeString(dir.resolve("invocations.jsonl"), "\n{not json\n");
        assertThatThrownBy(() -> LocalRunFiles.invocations(invocations, List.of())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("invocations.jsonl:2: not a JSON object");
        assertThatThrownBy(() -> LocalRunFiles.invocations(dir.resolve("none.jsonl"), List.of()))
                .hasMessageContaining("none.jsonl: no such file");
    }

    private static String line(String function, String id, String timestamp, String outcome, int duration, String response) {
        return "{\"function\":\"" + function + "\",\"request_id\":\"" + id + "\",\"timestamp\":\"" + timestamp + "\",\"outcome\":\""
                + outcome + "\",\"duration_ms\":" + duration + ",\"response\":\"" + response + "\"}";
    }

    private static List<Double> values(LocalMetrics metrics, String namespace, String name, Map<String, String> dimensions) {
        return metrics.matching(new MetricRef(namespace, name, dimensions)).stream().flatMap(s -> s.samples().stream())
                .map(Sample::value).toList();
    }
}
