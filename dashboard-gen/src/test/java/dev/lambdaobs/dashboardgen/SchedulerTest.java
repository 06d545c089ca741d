package dev.lambdaobs.dashboardgen;

import static dev.lambdaobs.dashboardgen.TypeCoverage.assertAlarm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import org.junit.jupiter.api.Test;

/** EventBridge Scheduler publishes by ScheduleGroup and account-wide: one watch per group, one per account. */
class SchedulerTest {
    private final GenerationResult result = TypeCoverage.generate("scheduler");

    @Test
    void schedulesOfOneGroupShareItsAlarmsByScheduleGroup() {
        AlarmDefinition dropped = assertAlarm(result, "ScheduleGroup.Group", "InvocationDroppedCount", "AWS/Scheduler",
                "InvocationDroppedCount", "Sum", 0, "GreaterThanThreshold");
        assertThat(TypeCoverage.dimensions(dropped)).containsOnlyKeys("ScheduleGroup");
        assertThat(TypeCoverage.dimensions(dropped).get("ScheduleGroup").path("Ref").asText()).isEqualTo("Group");
        AlarmDefinition errors = assertAlarm(result, "ScheduleGroup.Group", "TargetErrorCount", "AWS/Scheduler", "TargetErrorCount",
                "Sum", 0, "GreaterThanThreshold");
        AlarmDefinition throttled = assertAlarm(result, "ScheduleGroup.Group", "TargetErrorThrottledCount", "AWS/Scheduler",
                "TargetErrorThrottledCount", "Sum", 0, "GreaterThanThreshold");
        // Two schedules, one group: one set of alarms, with the dead-letter one since one of them has a queue.
        assertThat(result.alarms()).filteredOn(a -> a.ruleId().equals("TargetErrorCount")).hasSize(2);
        AlarmDefinition deadLetter = TypeCoverage.alarm(result, "ScheduleGroup.Group", "InvocationsFailedToBeSentToDeadLetterCount");
        for (AlarmDefinition alarm : new AlarmDefinition[] {dropped, errors, throttled, deadLetter}) {
            TypeCoverage.assertInComposite(result, alarm);
        }
        TypeCoverage.assertGraphed(result, "ScheduleGroup.Group", "InvocationAttemptCount");
    }

    @Test
    void aScheduleWithoutGroupIsInTheDefaultGroup() {
        AlarmDefinition dropped = TypeCoverage.alarm(result, "ScheduleGroup.default", "InvocationDroppedCount");
        assertThat(TypeCoverage.dimensions(dropped).get("ScheduleGroup").asText()).isEqualTo("default");
        assertThat(TestSupport.ruleIds(result, "ScheduleGroup.default")).doesNotContain("InvocationsFailedToBeSentToDeadLetterCount");
    }

    @Test
    void invocationsOverTheQuotaAreWatchedOnceForTheAccount() {
        AlarmDefinition throttle = assertAlarm(result, "SchedulerAccount", "InvocationThrottleCount", "AWS/Scheduler",
                "InvocationThrottleCount", "Sum", 0, "GreaterThanThreshold");
        assertThat(TypeCoverage.dimensions(throttle)).isEmpty();
        assertThat(result.alarms()).filteredOn(a -> a.ruleId().equals("InvocationThrottleCount")).hasSize(1);
        TypeCoverage.assertInComposite(result, throttle);
        TypeCoverage.assertGraphed(result, "SchedulerAccount", "InvocationThrottleCount");
    }
}
