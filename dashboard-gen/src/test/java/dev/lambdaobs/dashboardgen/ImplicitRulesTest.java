package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import org.junit.jupiter.api.Test;

/** SAM's implicit EventBridge rules (<Function><Event>) and the dead-letter queues SAM creates for them. */
class ImplicitRulesTest {
    private final GenerationResult result = TestSupport.generate(TestSupport.resource("guardrails/implicit-rules.yaml"));

    @Test
    void rulesFromEventBridgeRuleScheduleAndCloudWatchEventEventsGetTheRuleAlarms() {
        assertThat(result.monitored()).filteredOn(r -> r.profile().namespace().equals("AWS/Events"))
                .extracting(MonitoredResource::key).containsExactlyInAnyOrder("WorkerOnOrder", "WorkerNightly", "WorkerOnCustomBus");
        assertThat(dimension(alarm("WorkerOnOrder", "FailedInvocations"), "RuleName").path("Ref").asText()).isEqualTo("WorkerOnOrder");
        assertThat(dimension(alarm("WorkerNightly", "FailedInvocations"), "RuleName").asText()).isEqualTo("orders-nightly");
        AlarmDefinition custom = alarm("WorkerOnCustomBus", "FailedInvocations");
        assertThat(dimension(custom, "EventBusName").path("Fn::GetAtt").get(0).asText()).isEqualTo("Bus");
        assertThat(dimension(custom, "RuleName").toString()).contains("Fn::Split", "WorkerOnCustomBus");
        assertThat(alarm("WorkerOnOrder", "ThrottledRules").severity().key()).isEqualTo("warning");
    }

    @Test
    void theirDeadLetterQueuesAlarmOnTheFirstMessage() {
        for (String queue : new String[] {"WorkerOnOrderQueue", "NightlyDlq", "WorkerHourlyQueue", "CustomDlq"}) {
            AlarmDefinition dlq = alarm(queue, "DeadLetterMessages");
            assertThat(dlq.severity().key()).as(queue).isEqualTo("critical");
            assertThat(dlq.properties().get("Threshold").asDouble()).isEqualTo(1);
            assertThat(dlq.properties().get("ComparisonOperator").asText()).isEqualTo("GreaterThanOrEqualToThreshold");
        }
        assertThat(dimension(alarm("NightlyDlq", "DeadLetterMessages"), "QueueName").path("Fn::GetAtt").get(0).asText())
                .isEqualTo("NightlyDlq");
        assertThat(result.alarms()).noneMatch(a -> a.resourceKey().equals("NightlyDlq") && a.ruleId().equals("OldestMessageAge"));
    }

    /** ScheduleV2 creates a Scheduler schedule, not a rule: its group (default) is watched, with the dead-letter alarm. */
    @Test
    void scheduleV2IsNotARuleButItsScheduleGroupIsWatched() {
        assertThat(result.monitored()).noneMatch(r -> r.key().equals("WorkerHourly"));
        AlarmDefinition dropped = alarm("ScheduleGroup.default", "InvocationDroppedCount");
        assertThat(dropped.properties().get("Namespace").asText()).isEqualTo("AWS/Scheduler");
        assertThat(dimension(dropped, "ScheduleGroup").asText()).isEqualTo("default");
        assertThat(alarm("ScheduleGroup.default", "InvocationsFailedToBeSentToDeadLetterCount").severity().key()).isEqualTo("critical");
        assertThat(result.skipped()).noneMatch(s -> s.contains("ScheduleV2"));
        OutputChecks.checkAll(result, CfnSchemas.standard());
    }

    private AlarmDefinition alarm(String key, String rule) {
        return result.alarms().stream().filter(a -> a.resourceKey().equals(key) && a.ruleId().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " alarm for " + key));
    }

    private static JsonNode dimension(AlarmDefinition alarm, String name) {
        for (JsonNode dimension : alarm.properties().get("Dimensions")) {
            if (dimension.get("Name").asText().equals(name)) {
                return dimension.get("Value");
            }
        }
        throw new AssertionError(alarm.name() + " has no dimension " + name);
    }
}
