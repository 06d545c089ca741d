package dev.lambdaobs.dashboardgen.registry.monitors;

import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.List;
import java.util.Map;

/**
 * EventBridge Pipes ({@code AWS::Pipes::Pipe}) in {@code AWS/EventBridge/Pipes} by {@code PipeName}: its {@code Name},
 * else its {@code Ref} (which returns the name CloudFormation generated). Every failure metric is published as 0 when
 * nothing failed; the enrichment stage's only for a pipe with an {@code Enrichment}.
 *
 * @see <a href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-monitoring.html">Logging and monitoring EventBridge Pipes</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-pipes-pipe.html">AWS::Pipes::Pipe (Ref returns the name)</a>
 */
public final class PipesMonitor {
    /** The metrics' per-pipe dimension. @see <a href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-monitoring.html">Pipes metrics and dimensions</a> */
    static final String PIPE_DIMENSION = "PipeName";

    public static final ResourceProfile PIPE = new ResourceProfile("pipes", "EventBridge Pipes", "AWS/EventBridge/Pipes",
            List.of(
                    AlarmRule.critical("ExecutionFailed").metric("ExecutionFailed", "Sum").above(0).evaluate(60, 1, 1)
                            .description("Pipe executions failed").build(),
                    AlarmRule.critical("ExecutionTimeout").metric("ExecutionTimeout", "Sum").above(0).evaluate(60, 1, 1)
                            .description("Pipe executions timed out before completing").build(),
                    AlarmRule.warning("TargetStageFailed").metric("TargetStageFailed", "Sum").above(0).evaluate(60, 5, 3)
                            .description("The pipe's target stage fails").build(),
                    AlarmRule.warning("EnrichmentStageFailed").metric("EnrichmentStageFailed", "Sum").above(0).evaluate(60, 5, 3)
                            .when(r -> r.facts().is(Fact.PIPE_ENRICHMENT))
                            .description("The pipe's enrichment stage fails").build(),
                    AlarmRule.warning("ExecutionThrottled").metric("ExecutionThrottled", "Sum").above(0).evaluate(60, 5, 3)
                            .description("Pipe executions are throttled").build()),
            List.of(
                    new GraphSpec("Invocations and events", List.of(MetricTerm.of("Invocations", "Sum"), MetricTerm.of("EventCount", "Sum"))),
                    new GraphSpec("Failures", List.of(MetricTerm.of("ExecutionFailed", "Sum"), MetricTerm.of("ExecutionTimeout", "Sum"),
                            MetricTerm.of("TargetStageFailed", "Sum"), MetricTerm.of("ExecutionThrottled", "Sum"))),
                    new GraphSpec("Duration", List.of(MetricTerm.of("Duration", "Average"), MetricTerm.of("Duration", "Maximum")))));

    private PipesMonitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(PIPE).type(ResourceType.of("AWS::Pipes::Pipe", PipesMonitor::pipe).profiles(PIPE));
    }

    private static Discovery pipe(TemplateResource pipe, DiscoveryContext context) {
        Facts facts = Facts.builder().with(Fact.PIPE_ENRICHMENT, CfnValues.present(pipe.property("Enrichment"))).build();
        return Discovery.found(Monitored.of(pipe, PIPE,
                Map.of(PIPE_DIMENSION, Monitored.name(pipe, "Name", Intrinsics.ref(pipe.logicalId()))), facts));
    }
}
