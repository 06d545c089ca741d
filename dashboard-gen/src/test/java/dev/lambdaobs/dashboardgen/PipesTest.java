package dev.lambdaobs.dashboardgen;

import static dev.lambdaobs.dashboardgen.TypeCoverage.assertAlarm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import org.junit.jupiter.api.Test;

/** EventBridge Pipes are alarmed in AWS/EventBridge/Pipes by PipeName: the Name, else the Ref. */
class PipesTest {
    private final GenerationResult result = TypeCoverage.generate("pipes");

    @Test
    void aNamedPipeWithAnEnrichmentIsAlarmedByItsName() {
        AlarmDefinition failed = assertAlarm(result, "Enriched", "ExecutionFailed", "AWS/EventBridge/Pipes", "ExecutionFailed", "Sum", 0,
                "GreaterThanThreshold");
        assertThat(TypeCoverage.dimensions(failed)).containsOnlyKeys("PipeName");
        assertThat(TypeCoverage.dimensions(failed).get("PipeName").asText()).isEqualTo("orders-pipe");
        assertThat(failed.severity().key()).isEqualTo("critical");
        AlarmDefinition timeout = assertAlarm(result, "Enriched", "ExecutionTimeout", "AWS/EventBridge/Pipes", "ExecutionTimeout", "Sum",
                0, "GreaterThanThreshold");
        AlarmDefinition target = assertAlarm(result, "Enriched", "TargetStageFailed", "AWS/EventBridge/Pipes", "TargetStageFailed",
                "Sum", 0, "GreaterThanThreshold");
        AlarmDefinition throttled = assertAlarm(result, "Enriched", "ExecutionThrottled", "AWS/EventBridge/Pipes", "ExecutionThrottled",
                "Sum", 0, "GreaterThanThreshold");
        AlarmDefinition enrichment = TypeCoverage.alarm(result, "Enriched", "EnrichmentStageFailed");
        for (AlarmDefinition alarm : new AlarmDefinition[] {failed, timeout, target, throttled, enrichment}) {
            TypeCoverage.assertInComposite(result, alarm);
        }
        TypeCoverage.assertGraphed(result, "Enriched", "EventCount");
        TypeCoverage.assertGraphed(result, "Enriched", "Duration");
    }

    @Test
    void aPipeWithoutNameIsNamedByItsRefAndHasNoEnrichmentAlarm() {
        AlarmDefinition failed = TypeCoverage.alarm(result, "Plain", "ExecutionFailed");
        assertThat(TypeCoverage.dimensions(failed).get("PipeName").path("Ref").asText()).isEqualTo("Plain");
        assertThat(TestSupport.ruleIds(result, "Plain")).doesNotContain("EnrichmentStageFailed");
    }
}
