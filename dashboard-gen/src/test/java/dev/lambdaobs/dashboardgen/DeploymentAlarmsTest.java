package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentAlarmsTest {
    private static final Path TEMPLATE = TestSupport.resource("guardrails/deployment.yaml");
    private static final List<String> CANARY_ALARMS = List.of("AlarmCanaryErrors", "AlarmCanaryThrottleRate",
            "AlarmCanaryDurationNearTimeout");

    @Test
    void theFunctionsRollbackAlarmsJoinTheUsersAlarmsInTheDeploymentPreference() {
        GenerationResult result = TestSupport.generate(TEMPLATE, null, Mode.MERGE, false);
        JsonNode preference = TestSupport.outputResource(result, "Canary").at("/Properties/DeploymentPreference");
        assertThat(preference.get("Type").asText()).isEqualTo("Canary10Percent5Minutes");
        List<String> listed = refs(preference.get("Alarms"));
        assertThat(listed).containsExactly("UserAlarm", "AlarmCanaryErrors", "AlarmCanaryThrottleRate", "AlarmCanaryDurationNearTimeout");
        // Every wired id is a generated alarm of that function, and the critical Errors alarm is among them.
        assertThat(result.alarms()).filteredOn(a -> CANARY_ALARMS.contains(a.logicalId()))
                .hasSize(3).allSatisfy(a -> assertThat(a.resourceKey()).isEqualTo("Canary"));
        assertThat(result.guardrails().changes()).anySatisfy(c -> assertThat(c).contains("(resource Canary): DeploymentPreference.Alarms += "
                + String.join(", ", CANARY_ALARMS), "1 alarm(s) already listed kept"));
    }

    @Test
    void aPreferenceFromGlobalsGetsTheAlarmsInTheFunctionsOwnPreferenceForSamToMerge() {
        GenerationResult result = TestSupport.generate(TEMPLATE, null, Mode.MERGE, false);
        JsonNode own = TestSupport.outputResource(result, "GlobalPreference").at("/Properties/DeploymentPreference");
        assertThat(own.has("Type")).isFalse();
        assertThat(refs(own.get("Alarms"))).containsExactly("AlarmGlobalPreferenceErrors", "AlarmGlobalPreferenceThrottleRate",
                "AlarmGlobalPreferenceDurationNearTimeout");
        assertThat(result.template().at("/Globals/Function/DeploymentPreference/Type").asText()).isEqualTo("Linear10PercentEvery1Minute");
    }

    @Test
    void functionsWithoutAliasOrPreferenceAreAHintAndAreNotChanged() {
        GenerationResult result = TestSupport.generate(TEMPLATE, null, Mode.MERGE, false);
        assertThat(TestSupport.outputResource(result, "NoAlias").path("Properties").has("DeploymentPreference")).isFalse();
        assertThat(result.guardrails().notes()).anySatisfy(n -> assertThat(n).startsWith("Deployment safety: no alarms wired for")
                .contains("NoAlias (no AutoPublishAlias)", "Plain (plain AWS::Lambda::Function)"));
    }

    @Test
    void disabledRollbackAlarmsAndTheConfigSwitchLeaveThePreferenceAsItIs() {
        GenerationResult off = TestSupport.generate(TEMPLATE, "guardrails: { deploymentAlarms: false }\n", Mode.MERGE, false);
        assertThat(refs(TestSupport.outputResource(off, "Canary").at("/Properties/DeploymentPreference/Alarms"))).containsExactly("UserAlarm");
        assertThat(TestSupport.outputResource(off, "GlobalPreference").path("Properties").has("DeploymentPreference")).isFalse();
        GenerationResult someDisabled = TestSupport.generate(TEMPLATE, "resources:\n  Canary:\n    alarms:\n"
                + "      ThrottleRate: { disabled: true }\n      DurationNearTimeout: { disabled: true }\n", Mode.MERGE, false);
        assertThat(refs(TestSupport.outputResource(someDisabled, "Canary").at("/Properties/DeploymentPreference/Alarms")))
                .containsExactly("UserAlarm", "AlarmCanaryErrors");
    }

    private static List<String> refs(JsonNode alarms) {
        List<String> ids = new ArrayList<>();
        alarms.forEach(alarm -> ids.add(alarm.path("Ref").asText()));
        return ids;
    }
}
