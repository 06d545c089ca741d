package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import org.junit.jupiter.api.Test;

/** A Timeout written !If [Cond, a, b] gives DurationNearTimeout the threshold !If [Cond, 90% of a, 90% of b] in merge mode. */
class TimeoutIfTest {
    private final GenerationResult result = TypeCoverage.generate("timeout-if");

    @Test
    void theThresholdIsAnIfOfTheTwoThresholdsUnderTheSameCondition() {
        JsonNode threshold = TypeCoverage.alarm(result, "Worker", "DurationNearTimeout").properties().path("Threshold");
        assertThat(threshold.path("Fn::If").get(0).asText()).isEqualTo("IsProd");
        assertThat(threshold.path("Fn::If").get(1).asDouble()).isEqualTo(27_000);
        assertThat(threshold.path("Fn::If").get(2).asDouble()).isEqualTo(9_000);
        // AWS::NoValue leaves Lambda's default 3 s.
        JsonNode defaulted = TypeCoverage.alarm(result, "Defaulted", "DurationNearTimeout").properties().path("Threshold");
        assertThat(defaulted.path("Fn::If").get(1).asDouble()).isEqualTo(54_000);
        assertThat(defaulted.path("Fn::If").get(2).asDouble()).isEqualTo(2_700);
        AlarmDefinition worker = TypeCoverage.alarm(result, "Worker", "DurationNearTimeout");
        assertThat(worker.properties().path("MetricName").asText()).isEqualTo("Duration");
        assertThat(worker.properties().path("ComparisonOperator").asText()).isEqualTo("GreaterThanOrEqualToThreshold");
        TypeCoverage.assertInComposite(result, worker);
        TypeCoverage.assertGraphed(result, "Worker", "Duration");
    }

    @Test
    void aBranchThatIsNoLiteralStillSaysWhyThereIsNoAlarm() {
        assertThat(TestSupport.ruleIds(result, "Parameterised")).doesNotContain("DurationNearTimeout");
        assertThat(result.skipped()).anySatisfy(s -> assertThat(s).contains("Parameterised DurationNearTimeout: threshold cannot be derived"));
    }

    @Test
    void aConfiguredThresholdWins() {
        GenerationResult configured = TestSupport.generate(TypeCoverage.fixture("timeout-if"),
                "resources:\n  Worker:\n    alarms:\n      DurationNearTimeout: { threshold: 12000 }\n", Mode.MERGE, false);
        assertThat(TypeCoverage.alarm(configured, "Worker", "DurationNearTimeout").properties().path("Threshold").asDouble())
                .isEqualTo(12_000);
    }

    /** The standalone template has none of the monitored template's conditions: the alarm is skipped, saying why. */
    @Test
    void standaloneKeepsTheSkipLine() {
        GenerationResult standalone = TestSupport.generate(TypeCoverage.fixture("timeout-if"),
                "resources:\n  Worker: { physicalName: worker }\n", Mode.STANDALONE, false);
        assertThat(TestSupport.ruleIds(standalone, "Worker")).contains("Errors").doesNotContain("DurationNearTimeout");
        assertThat(standalone.skipped()).anySatisfy(s -> assertThat(s).contains("Worker DurationNearTimeout: threshold cannot be derived"));
        assertThat(standalone.template().toString()).doesNotContain("IsProd");
    }
}
