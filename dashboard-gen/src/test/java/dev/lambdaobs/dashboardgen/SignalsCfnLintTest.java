package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cfn-lint (after its SAM transform) on a merged output that holds every new kind of resource and change: async,
 * recursion and account concurrency alarms, event source mapping alarms by UUID with MetricsConfig turned on (on a
 * mapping and on a SAM SQS event), anomaly detection alarms, business metric alarms and the SEARCH widgets. The
 * output may add no error and no W1001 its input lacks.
 */
class SignalsCfnLintTest {
    @TempDir
    Path dir;

    @Test
    void theOutputExercisingTheNewResourcesAddsNoFinding() throws Exception {
        assumeTrue(CfnLint.version().isPresent(), "cfn-lint is not installed (pip install cfn-lint): skipping the cfn-lint check");
        GenerationResult result = TestSupport.generate(LambdaSignalsTest.TEMPLATE, AnomalyAndBusinessTest.config(), Mode.MERGE, false);
        assertThat(result.alarms()).anyMatch(a -> a.properties().has("ThresholdMetricId"))
                .anyMatch(a -> a.ruleId().equals("ClaimedAccountConcurrency")).anyMatch(a -> a.ruleId().equals("DroppedEventCount"))
                .anyMatch(a -> a.resourceKey().equals("Business"));
        Path output = dir.resolve("signals.output.json");
        new ObjectMapper().writeValue(output.toFile(), result.template());

        Map<Path, List<CfnLint.Finding>> findings = CfnLint.lint(List.of(LambdaSignalsTest.TEMPLATE, output), dir);
        List<CfnLint.Finding> before = findings.get(LambdaSignalsTest.TEMPLATE.toAbsolutePath());
        // The input lints clean, so cfn-lint transformed and checked the whole output (a transform error would hide it).
        assertThat(before).as("the input's findings").isEmpty();
        assertThat(CfnLint.introduced(before, findings.get(output.toAbsolutePath()))).isEmpty();
    }
}
