package dev.lambdaobs.dashboardgen.registry.monitors;

import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Discoverer;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.PhysicalIds;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import java.util.List;

/**
 * Step Functions state machines (SAM and plain); {@code Ref} of both is the state machine ARN.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html#StepFunctions">Recommended alarms: Step Functions</a>
 */
public final class WorkflowMonitors {
    public static final ResourceProfile STATE_MACHINE = new ResourceProfile("stepfunctions", "Step Functions state machines",
            "AWS/States",
            List.of(
                    AlarmRule.critical("ExecutionsFailed").metric("ExecutionsFailed", "Sum").above(0).evaluate(60, 1, 1)
                            .description("An execution failed").build(),
                    AlarmRule.critical("ExecutionsTimedOut").metric("ExecutionsTimedOut", "Sum").above(0).evaluate(60, 1, 1)
                            .description("An execution timed out").build(),
                    AlarmRule.warning("ExecutionThrottled").metric("ExecutionThrottled", "Sum").above(0).evaluate(60, 5, 3)
                            .description("Executions are throttled").build()),
            List.of(new GraphSpec("Executions", List.of(MetricTerm.of("ExecutionsStarted", "Sum"), MetricTerm.of("ExecutionsSucceeded", "Sum"),
                            MetricTerm.of("ExecutionsFailed", "Sum"), MetricTerm.of("ExecutionsTimedOut", "Sum"))),
                    GraphSpec.of("Execution time", "ExecutionTime", "p99"),
                    GraphSpec.of("Throttled", "ExecutionThrottled", "Sum")));

    private WorkflowMonitors() {
    }

    static void register(MonitorRegistry.Builder registry) {
        Discoverer byArn = Monitored.single(STATE_MACHINE, "StateMachineArn", machine -> Intrinsics.ref(machine.logicalId()));
        registry.profile(STATE_MACHINE)
                .type(ResourceType.of("AWS::Serverless::StateMachine", byArn).profiles(STATE_MACHINE))
                // Its physical id and StateMachineArn dimension are the ARN itself.
                .type(ResourceType.of("AWS::StepFunctions::StateMachine", byArn).profiles(STATE_MACHINE).tagged("states:stateMachine", PhysicalIds.AS_IS)
                        .dimension(PhysicalIds.AS_IS));
    }
}
