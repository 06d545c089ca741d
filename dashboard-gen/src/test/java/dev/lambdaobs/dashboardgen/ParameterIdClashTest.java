package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import org.junit.jupiter.api.Test;

/**
 * Generated logical ids avoid the template's parameter names as they avoid its resource ids (a clash gets a hash):
 * CloudFormation refuses a resource and a parameter of one name. Before, the alarm and the dashboard took the
 * parameters' names.
 */
class ParameterIdClashTest {
    @Test
    void generatedIdsDoNotTakeAParameterName() {
        GenerationResult result = TestSupport.generate(TestSupport.resource("robustness/parameter-clash.yaml"), null, Mode.MERGE, false);
        assertThat(result.template().path("Resources").has("AlarmOrdersThrottleRate")).isFalse();
        assertThat(result.template().path("Resources").has("DashboardSvcSummary")).isFalse();
        assertThat(result.alarms()).anyMatch(a -> a.ruleId().equals("ThrottleRate") && a.logicalId().startsWith("AlarmOrdersThrottleRate"));
        assertThat(result.template().path("Parameters").has("AlarmOrdersThrottleRate")).isTrue();
    }
}
