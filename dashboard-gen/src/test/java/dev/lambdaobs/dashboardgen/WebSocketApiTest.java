package dev.lambdaobs.dashboardgen;

import static dev.lambdaobs.dashboardgen.TypeCoverage.assertAlarm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import org.junit.jupiter.api.Test;

/** WebSocket APIs get the WebSocket metrics per stage; an HTTP API beside them keeps the HTTP API alarms. */
class WebSocketApiTest {
    private final GenerationResult result = TypeCoverage.generate("websocket");

    @Test
    void aWebSocketApiIsAlarmedPerStageByApiIdAndStage() {
        AlarmDefinition execution = assertAlarm(result, "Chat", "ExecutionError", "AWS/ApiGateway", "ExecutionError", "Sum", 0,
                "GreaterThanThreshold");
        assertThat(TypeCoverage.dimensions(execution)).containsOnlyKeys("ApiId", "Stage");
        assertThat(TypeCoverage.dimensions(execution).get("ApiId").path("Ref").asText()).isEqualTo("Chat");
        assertThat(TypeCoverage.dimensions(execution).get("Stage").asText()).isEqualTo("prod");
        assertThat(execution.severity().key()).isEqualTo("critical");
        AlarmDefinition integration = assertAlarm(result, "Chat", "IntegrationError", "AWS/ApiGateway", "IntegrationError", "Sum", 0,
                "GreaterThanThreshold");
        AlarmDefinition client = assertAlarm(result, "Chat", "ClientError", "AWS/ApiGateway", "ClientError", "Sum", 0,
                "GreaterThanThreshold");
        AlarmDefinition latency = assertAlarm(result, "Chat", "IntegrationLatencyP99", "AWS/ApiGateway", "IntegrationLatency", "p99",
                2_000, "GreaterThanThreshold");
        for (AlarmDefinition alarm : new AlarmDefinition[] {execution, integration, client, latency}) {
            TypeCoverage.assertInComposite(result, alarm);
        }
        TypeCoverage.assertGraphed(result, "Chat", "ConnectCount");
        TypeCoverage.assertGraphed(result, "Chat", "MessageCount");
        assertThat(result.skipped()).noneMatch(s -> s.contains("WEBSOCKET"));
    }

    @Test
    void theHttpApiBesideItKeepsTheHttpApiAlarmsOnly() {
        assertThat(TestSupport.ruleIds(result, "Http")).containsExactlyInAnyOrder("5xxRate", "LatencyP99");
        assertThat(TestSupport.ruleIds(result, "Chat")).doesNotContain("5xxRate", "LatencyP99");
        assertThat(result.monitored()).filteredOn(r -> r.key().equals("Http")).singleElement()
                .satisfies(r -> assertThat(r.profile().id()).isEqualTo("httpapi"));
    }
}
