package dev.lambdaobs.dashboardgen.registry.monitors;

import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Discoverer;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.PhysicalIds;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import java.util.List;
import java.util.Map;

/**
 * Amazon SES sending health. SES publishes these metrics per account and region, so any SES
 * resource in the service yields one account-wide monitored resource.
 *
 * @see <a href="https://docs.aws.amazon.com/ses/latest/dg/reputationdashboard-cloudwatch-alarm.html">SES reputation metrics and alarms</a>
 */
public final class SesMonitor {
    static final String KEY = "SesAccount";

    public static final ResourceProfile ACCOUNT = new ResourceProfile("ses", "SES sending (account-wide)", "AWS/SES",
            List.of(
                    AlarmRule.critical("BounceRateCritical").metric("Reputation.BounceRate", "Maximum").above(0.10).evaluate(300, 1, 1)
                            .description("Bounce rate above 10%: SES may pause sending").build(),
                    AlarmRule.warning("BounceRate").metric("Reputation.BounceRate", "Maximum").above(0.05).evaluate(300, 1, 1)
                            .description("Bounce rate above 5%: SES reviews the account").build(),
                    AlarmRule.critical("ComplaintRateCritical").metric("Reputation.ComplaintRate", "Maximum").above(0.005)
                            .evaluate(300, 1, 1).description("Complaint rate above 0.5%: SES may pause sending").build(),
                    AlarmRule.warning("ComplaintRate").metric("Reputation.ComplaintRate", "Maximum").above(0.001).evaluate(300, 1, 1)
                            .description("Complaint rate above 0.1%: SES reviews the account").build(),
                    AlarmRule.warning("Rejects").metric("Reject", "Sum").above(0).evaluate(300, 1, 1)
                            .description("SES rejected messages (e.g. they contained a virus)").build(),
                    AlarmRule.warning("RenderingFailures").metric("RenderingFailure", "Sum").above(0).evaluate(300, 1, 1)
                            .description("Templated emails failed to render").build()),
            List.of(new GraphSpec("Sending", List.of(MetricTerm.of("Send", "Sum"), MetricTerm.of("Delivery", "Sum"),
                            MetricTerm.of("Bounce", "Sum"), MetricTerm.of("Complaint", "Sum"), MetricTerm.of("Reject", "Sum"),
                            MetricTerm.of("RenderingFailure", "Sum"))),
                    new GraphSpec("Reputation", List.of(MetricTerm.of("Reputation.BounceRate", "Maximum"),
                            MetricTerm.of("Reputation.ComplaintRate", "Maximum")))));

    private SesMonitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        Discoverer account = (resource, context) -> Discovery.found(new MonitoredResource(KEY, resource.logicalId(),
                resource.type(), ACCOUNT, Map.of(), Facts.none(), resource.location()));
        registry.profile(ACCOUNT)
                .type(ResourceType.of("AWS::SES::ConfigurationSet", account).profiles(ACCOUNT).dimension(PhysicalIds.AS_IS))
                .type(ResourceType.of("AWS::SES::EmailIdentity", account).profiles(ACCOUNT))
                .type(ResourceType.of("AWS::SES::Template", account).profiles(ACCOUNT));
    }
}
