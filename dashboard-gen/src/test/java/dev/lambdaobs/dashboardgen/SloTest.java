package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.cli.Main;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import dev.lambdaobs.dashboardgen.slo.SloDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** With slos in the config: an availability and a latency objective per API and per function, with burn-rate alarms. */
class SloTest {
    private static final CfnSchemas SCHEMAS = CfnSchemas.standard();

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    private Path template() throws Exception {
        return Files.writeString(dir.resolve("svc.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Conditions:
                  InProd: !Equals [!Ref "AWS::AccountId", "123456789012"]
                Resources:
                  Orders:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: java21
                      Handler: a.B
                      CodeUri: .
                      Events:
                        Get: { Type: HttpApi, Properties: { ApiId: !Ref Api, Path: /orders, Method: GET } }
                  Audit:
                    Type: AWS::Serverless::Function
                    Condition: InProd
                    Properties: { Runtime: java21, Handler: a.C, CodeUri: . }
                  Api:
                    Type: AWS::Serverless::HttpApi
                  Queue:
                    Type: AWS::SQS::Queue
                """);
    }

    @Test
    void eachApiAndFunctionGetsBothObjectivesFromPlainMetricsValidAgainstTheRegistrySchema() throws Exception {
        GenerationResult result = TestSupport.generate(template(), "slos: { availability: 99.9, latencyP99Ms: 2000 }\n",
                Mode.MERGE, false);
        OutputChecks.checkAll(result, SCHEMAS);
        OutputChecks.checkChangedResources(result, List.of(template()), SCHEMAS);

        Map<String, JsonNode> slos = slos(result);
        assertThat(slos.keySet()).containsExactlyInAnyOrder("SloOrdersAvailability", "SloOrdersLatency", "SloAuditAvailability",
                "SloAuditLatency", "SloApiAvailability", "SloApiLatency");
        JsonNode orders = slos.get("SloOrdersAvailability").path("Properties");
        assertThat(orders.path("Goal").path("AttainmentGoal").asDouble()).isEqualTo(99.9);
        assertThat(orders.path("Goal").path("Interval").path("RollingInterval").path("Duration").asInt()).isEqualTo(30);
        JsonNode requests = orders.path("RequestBasedSli").path("RequestBasedSliMetric");
        assertThat(requests.path("TotalRequestCountMetric").get(0).path("MetricStat").path("Metric").path("MetricName").asText())
                .isEqualTo("Invocations");
        assertThat(requests.path("MonitoredRequestCountMetric").path("BadCountMetric").get(0).path("MetricStat").path("Metric")
                .path("MetricName").asText()).isEqualTo("Errors");
        JsonNode apiLatency = slos.get("SloApiLatency").path("Properties").path("Sli");
        assertThat(apiLatency.path("MetricThreshold").asDouble()).isEqualTo(2000);
        assertThat(apiLatency.path("ComparisonOperator").asText()).isEqualTo("LessThan");
        JsonNode latencyStat = apiLatency.path("SliMetric").path("MetricDataQueries").get(0).path("MetricStat");
        assertThat(latencyStat.path("Metric").path("Namespace").asText()).isEqualTo("AWS/ApiGateway");
        assertThat(latencyStat.path("Stat").asText()).isEqualTo("p99");
        assertThat(slos.get("SloAuditAvailability").path("Condition").asText()).isEqualTo("InProd");
        assertThat(orders.path("Name").path("Fn::Join").get(1).get(1).toString()).as("unique per stack, within 128 characters")
                .contains("AWS::StackId");
    }

    @Test
    void burnRateAlarmsWatchBothWindowsOfTheObjectiveAndJoinTheCompositeOfTheirSeverity() throws Exception {
        GenerationResult result = TestSupport.generate(template(), "slos: { availability: 99.5 }\n", Mode.MERGE, false);
        OutputChecks.checkAll(result, SCHEMAS);

        List<AlarmDefinition> burns = result.alarms().stream().filter(a -> a.ruleId().startsWith("Slo")).toList();
        assertThat(burns).extracting(AlarmDefinition::ruleId).containsOnly("SloAvailabilityFastBurn", "SloAvailabilitySlowBurn")
                .hasSize(6);
        AlarmDefinition fast = burns.stream().filter(a -> a.resourceKey().equals("Orders") && a.ruleId().endsWith("FastBurn"))
                .findFirst().orElseThrow();
        assertThat(fast.toResource().path("DependsOn").get(0).asText()).isEqualTo("SloOrdersAvailability");
        JsonNode metrics = fast.properties().path("Metrics");
        List<String> windows = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            JsonNode metric = metrics.get(i).path("MetricStat").path("Metric");
            assertThat(metric.path("Namespace").asText()).isEqualTo("AWS/ApplicationSignals");
            assertThat(metric.path("MetricName").asText()).isEqualTo("BurnRate");
            assertThat(metric.path("Dimensions").get(0).path("Value"))
                    .isEqualTo(slos(result).get("SloOrdersAvailability").path("Properties").path("Name"));
            windows.add(metric.path("Dimensions").get(1).path("Value").asText());
        }
        assertThat(windows).containsExactly("60", "5");
        assertThat(fast.threshold().getAsDouble()).isEqualTo(14.4);
        assertThat(slos(result).get("SloOrdersAvailability").path("Properties").path("BurnRateConfigurations").toString())
                .contains("60", "5", "360", "30");
        assertThat(result.alarms()).filteredOn(a -> a.type().equals(AlarmDefinition.COMPOSITE_ALARM)).anySatisfy(composite ->
                assertThat(composite.properties().path("AlarmRule").toString()).contains("Orders-SloAvailabilityFastBurn"));
        assertThat(slos(result)).doesNotContainKey("SloOrdersLatency");
    }

    @Test
    void noSlosUnlessTheConfigAsks() throws Exception {
        GenerationResult result = TestSupport.generate(template(), null, Mode.MERGE, false);

        assertThat(slos(result)).isEmpty();
        assertThat(result.alarms()).noneMatch(a -> a.ruleId().startsWith("Slo"));
    }

    @Test
    void anObjectiveOutOfRangeIsExitTwoNamingTheKeyAndTheLimit() throws Exception {
        Path config = Files.writeString(dir.resolve("config.yaml"), "slos:\n  availability: 101\n");
        Path out = dir.resolve("out");

        int code = Main.run("generate", "--template", template().toString(), "--config", config.toString(), "--out", out.toString());

        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("config.yaml:2", "slos.availability", "below 100");
        assertThat(out).doesNotExist();
        Files.writeString(config, "slos: { latencyP99Ms: 0 }\n");
        assertThat(Main.run("generate", "--template", template().toString(), "--config", config.toString(), "--out",
                out.toString())).isEqualTo(2);
        assertThat(console.err()).contains("slos.latencyP99Ms", "above 0");
    }

    private static Map<String, JsonNode> slos(GenerationResult result) {
        Map<String, JsonNode> slos = new java.util.TreeMap<>();
        result.template().path("Resources").fields().forEachRemaining(e -> {
            if (e.getValue().path("Type").asText().equals(SloDefinition.TYPE)) {
                slos.put(e.getKey(), e.getValue());
            }
        });
        return slos;
    }
}
