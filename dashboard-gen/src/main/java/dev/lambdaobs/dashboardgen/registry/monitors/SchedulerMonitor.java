package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.List;
import java.util.Map;

/**
 * EventBridge Scheduler schedules ({@code AWS::Scheduler::Schedule}, and those SAM's {@code ScheduleV2} events create).
 * {@code AWS/Scheduler} publishes no per-schedule metric: its one dimension is {@code ScheduleGroup} (the schedule's
 * {@code GroupName}, else {@code default}), so the schedules of a group share one monitored resource, keyed
 * {@code ScheduleGroup.<group>} (the first schedule's settings apply). The same metrics without a dimension are the
 * account's and Region's ("Account Metrics" in the console): {@code InvocationThrottleCount}, which counts invocations
 * over the account's Scheduler quota, is alarmed there, once per service.
 *
 * @see <a href="https://docs.aws.amazon.com/scheduler/latest/UserGuide/monitoring-cloudwatch.html">Monitoring EventBridge Scheduler with CloudWatch</a>
 */
public final class SchedulerMonitor {
    static final String ACCOUNT_KEY = "SchedulerAccount";
    /** The group of a schedule that names none. @see <a href="https://docs.aws.amazon.com/scheduler/latest/UserGuide/monitoring-cloudwatch.html#monitoring-cloudwatch-dimensions">Scheduler dimensions</a> */
    static final String DEFAULT_GROUP = "default";
    /** The metrics' only dimension. @see <a href="https://docs.aws.amazon.com/scheduler/latest/UserGuide/monitoring-cloudwatch.html#monitoring-cloudwatch-dimensions">Scheduler dimensions</a> */
    static final String GROUP_DIMENSION = "ScheduleGroup";

    public static final ResourceProfile GROUP = new ResourceProfile("scheduler", "EventBridge Scheduler schedule groups", "AWS/Scheduler",
            List.of(
                    AlarmRule.critical("InvocationDroppedCount").metric("InvocationDroppedCount", "Sum").above(0).evaluate(60, 1, 1)
                            .description("A schedule's retry policy ran out: the invocation is dropped").build(),
                    AlarmRule.warning("TargetErrorCount").metric("TargetErrorCount", "Sum").above(0).evaluate(60, 5, 3)
                            .description("Targets return errors to EventBridge Scheduler").build(),
                    AlarmRule.warning("TargetErrorThrottledCount").metric("TargetErrorThrottledCount", "Sum").above(0).evaluate(60, 5, 3)
                            .description("Targets throttle EventBridge Scheduler's invocations").build(),
                    AlarmRule.critical("InvocationsFailedToBeSentToDeadLetterCount").metric("InvocationsFailedToBeSentToDeadLetterCount", "Sum")
                            .above(0).evaluate(60, 1, 1).when(r -> r.facts().is(Fact.HAS_DEAD_LETTER_QUEUE))
                            .description("Failed invocations could not be sent to the schedule's dead-letter queue and are lost").build()),
            List.of(new GraphSpec("Invocations", List.of(MetricTerm.of("InvocationAttemptCount", "Sum"),
                            MetricTerm.of("TargetErrorCount", "Sum"), MetricTerm.of("InvocationDroppedCount", "Sum"))),
                    GraphSpec.of("Target throttles", "TargetErrorThrottledCount", "Sum")));

    public static final ResourceProfile ACCOUNT = new ResourceProfile("scheduler-account", "EventBridge Scheduler (account-wide)",
            "AWS/Scheduler",
            List.of(AlarmRule.warning("InvocationThrottleCount").metric("InvocationThrottleCount", "Sum").above(0).evaluate(60, 5, 3)
                    .description("EventBridge Scheduler throttles invocations over this account's and Region's quota").build()),
            List.of(GraphSpec.of("Throttled invocations (account-wide)", "InvocationThrottleCount", "Sum")));

    private SchedulerMonitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(GROUP).profile(ACCOUNT)
                .type(ResourceType.of("AWS::Scheduler::Schedule", SchedulerMonitor::schedule).profiles(GROUP, ACCOUNT));
    }

    static Discovery schedule(TemplateResource schedule, DiscoveryContext context) {
        JsonNode group = Monitored.name(schedule, "GroupName", Intrinsics.text(DEFAULT_GROUP));
        String label = label(schedule, group);
        // The group's dead-letter alarm applies when any of its schedules has a queue, whichever comes first.
        boolean deadLetter = hasDeadLetterQueue(schedule) || context.service().resources().stream()
                .filter(other -> other.type().equals(schedule.type()) && hasDeadLetterQueue(other))
                .anyMatch(other -> label(other, Monitored.name(other, "GroupName", Intrinsics.text(DEFAULT_GROUP))).equals(label));
        Facts facts = Facts.builder().with(Fact.HAS_DEAD_LETTER_QUEUE, deadLetter).build();
        return Discovery.found(
                new MonitoredResource(label, schedule.logicalId(), schedule.type(), GROUP,
                        Map.of(GROUP_DIMENSION, group), facts, schedule.location(), schedule.condition()),
                new MonitoredResource(ACCOUNT_KEY, schedule.logicalId(), schedule.type(), ACCOUNT, Map.of(), Facts.none(),
                        schedule.location()));
    }

    /** The key of a schedule's group: {@code ScheduleGroup.<name or Ref>}, per condition (a conditional group watch exists only with it). */
    private static String label(TemplateResource schedule, JsonNode group) {
        String name = CfnValues.literal(group).or(() -> CfnValues.referencedId(group)).orElse(schedule.logicalId());
        return GROUP_DIMENSION + "." + name + schedule.condition().map(condition -> "." + condition).orElse("");
    }

    private static boolean hasDeadLetterQueue(TemplateResource schedule) {
        return CfnValues.present(schedule.property("Target").path("DeadLetterConfig").path("Arn"));
    }
}
