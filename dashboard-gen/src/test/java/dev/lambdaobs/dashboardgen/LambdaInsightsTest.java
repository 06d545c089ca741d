package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LambdaInsightsTest {
    private static final Path TEMPLATE = TestSupport.resource("guardrails/insights.yaml");

    @Test
    void functionsWithTheLayerGetMemoryCpuAndInitWidgetsAndAMemoryWarning() {
        GenerationResult result = TestSupport.generate(TEMPLATE, null, Mode.MERGE, false);
        assertThat(result.monitored()).filteredOn(r -> r.profile().namespace().equals("LambdaInsights"))
                .extracting(MonitoredResource::key).containsExactly("PlainWithArmLayer.Insights", "WithLayer.Insights");
        AlarmDefinition memory = result.alarms().stream().filter(a -> a.resourceKey().equals("WithLayer.Insights")).findFirst().orElseThrow();
        assertThat(memory.severity().key()).isEqualTo("warning");
        assertThat(memory.properties().get("Namespace").asText()).isEqualTo("LambdaInsights");
        assertThat(memory.properties().get("MetricName").asText()).isEqualTo("memory_utilization");
        assertThat(memory.properties().get("Threshold").asDouble()).isEqualTo(90);
        assertThat(memory.properties().at("/Dimensions/0/Name").asText()).isEqualTo("function_name");
        assertThat(memory.properties().at("/Dimensions/0/Value/Ref").asText()).isEqualTo("WithLayer");
        assertThat(memory.properties().get("TreatMissingData").asText()).isEqualTo("notBreaching");
        assertThat(titles(result)).contains("WithLayer.Insights: Memory utilization (%)", "WithLayer.Insights: CPU time (ms)",
                "WithLayer.Insights: Init duration (ms)", "Lambda Insights: Memory utilization (%)");
        OutputChecks.checkAll(result, CfnSchemas.standard());
    }

    @Test
    void noInsightsWidgetsOrAlarmWithoutTheLayerOrWhenSwitchedOff() {
        GenerationResult result = TestSupport.generate(TEMPLATE, null, Mode.MERGE, false);
        assertThat(result.alarms()).noneMatch(a -> a.resourceKey().startsWith("WithoutLayer."));
        assertThat(titles(result)).noneMatch(t -> t.startsWith("WithoutLayer.Insights"));
        GenerationResult off = TestSupport.generate(TEMPLATE, "guardrails: { lambdaInsights: false }\n", Mode.MERGE, false);
        assertThat(off.monitored()).noneMatch(r -> r.profile().namespace().equals("LambdaInsights"));
        assertThat(off.alarms()).noneMatch(a -> a.ruleId().equals("MemoryUtilization"));
        assertThat(titles(off)).noneMatch(t -> t.contains("Memory utilization (%)"));
    }

    private static List<String> titles(GenerationResult result) {
        List<String> titles = new ArrayList<>();
        result.dashboards().forEach(d -> d.body().get("widgets").forEach(w -> titles.add(w.path("properties").path("title").asText())));
        return titles;
    }
}
