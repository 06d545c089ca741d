package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import org.junit.jupiter.api.Test;

/**
 * A property written as {@code Ref AWS::NoValue} is left out by CloudFormation, so it is read as absent: a name
 * property falls back to the resource's own reference (never a dimension whose value CloudFormation removes), a
 * {@code Timeout} to Lambda's default (a function's {@code NoValue} also hides the Globals value, as SAM merges
 * before CloudFormation drops it), and a {@code DeadLetterQueue} is no queue.
 */
class NoValuePropertiesTest {
    private static final GenerationResult RESULT = TestSupport.generate(TestSupport.resource("robustness/no-value.yaml"));

    @Test
    void aNamePropertyWithoutValueIsNamedByTheResourceItself() {
        assertThat(dimension("Orders", "Errors", "FunctionName")).isEqualTo(Intrinsics.ref("Orders"));
        assertThat(dimension("Inbox", "OldestMessageAge", "QueueName")).isEqualTo(Intrinsics.getAtt("Inbox", "QueueName"));
        assertThat(dimension("Audit", "ReadThrottleEvents", "TableName")).isEqualTo(Intrinsics.ref("Audit"));
        assertThat(RESULT.template().toString()).doesNotContain("/aws/lambda/${AWS::NoValue}");
    }

    @Test
    void otherSettingsWithoutValueAreAbsent() {
        AlarmDefinition nearTimeout = alarm("Orders", "DurationNearTimeout");
        assertThat(nearTimeout.properties().path("Threshold").asDouble()).as("90 %% of Lambda's default 3 s").isEqualTo(2700.0);
        assertThat(TestSupport.ruleIds(RESULT, "Orders")).doesNotContain("DeadLetterErrors");
    }

    private static AlarmDefinition alarm(String resource, String rule) {
        return RESULT.alarms().stream().filter(a -> a.resourceKey().equals(resource) && a.ruleId().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " alarm on " + resource + ": " + TestSupport.ruleIds(RESULT, resource)));
    }

    private static JsonNode dimension(String resource, String rule, String name) {
        for (JsonNode dimension : alarm(resource, rule).properties().path("Dimensions")) {
            if (dimension.path("Name").asText().equals(name)) {
                return dimension.get("Value");
            }
        }
        throw new AssertionError(resource + " " + rule + " has no " + name + " dimension");
    }
}
