package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Comparison;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import dev.lambdaobs.dashboardgen.registry.Threshold;
import dev.lambdaobs.dashboardgen.registry.TreatMissing;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Application Load Balancers and their target groups (Lambda targets get the Lambda error metrics), and the
 * target groups of Network Load Balancers.
 *
 * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html">ALB metrics</a>
 */
public final class LoadBalancerMonitor {
    public static final ResourceProfile LOAD_BALANCER = new ResourceProfile("alb", "Application Load Balancers",
            "AWS/ApplicationELB",
            List.of(
                    AlarmRule.critical("ELB5XXCount").metric("HTTPCode_ELB_5XX_Count", "Sum").above(0).evaluate(60, 5, 3)
                            .description("The load balancer itself returns 5XX responses").build(),
                    AlarmRule.warning("RejectedConnections").metric("RejectedConnectionCount", "Sum").above(0).evaluate(60, 5, 3)
                            .description("Connections are rejected because the load balancer reached its maximum").build()),
            List.of(GraphSpec.of("Requests", "RequestCount", "Sum"), GraphSpec.of("ELB 5XX", "HTTPCode_ELB_5XX_Count", "Sum"),
                    GraphSpec.of("Rejected connections", "RejectedConnectionCount", "Sum")));

    public static final ResourceProfile TARGET_GROUP = new ResourceProfile("alb-targets", "ALB target groups",
            "AWS/ApplicationELB",
            List.of(
                    AlarmRule.warning("Target5XXCount").metric("HTTPCode_Target_5XX_Count", "Sum").above(0).evaluate(60, 5, 3)
                            .description("Targets return 5XX responses").build(),
                    AlarmRule.critical("UnHealthyHosts").metric("UnHealthyHostCount", "Maximum")
                            .compare(Comparison.GREATER_OR_EQUAL, Threshold.fixed(1)).evaluate(60, 3, 3)
                            .treatMissing(TreatMissing.MISSING).when(r -> !r.facts().is(Fact.LAMBDA_TARGETS))
                            .description("At least one target is unhealthy").build(),
                    AlarmRule.critical("LambdaInternalError").metric("LambdaInternalError", "Sum").above(0).evaluate(60, 1, 1)
                            .when(r -> r.facts().is(Fact.LAMBDA_TARGETS))
                            .description("Requests to the Lambda target failed inside the load balancer or Lambda").build(),
                    AlarmRule.warning("LambdaUserError").metric("LambdaUserError", "Sum").above(0).evaluate(60, 5, 3)
                            .when(r -> r.facts().is(Fact.LAMBDA_TARGETS))
                            .description("Requests to the Lambda target failed: permissions, throttling or a bad response").build()),
            List.of(GraphSpec.of("Target 5XX", "HTTPCode_Target_5XX_Count", "Sum"),
                    GraphSpec.of("Unhealthy hosts", "UnHealthyHostCount", "Maximum").when(r -> !r.facts().is(Fact.LAMBDA_TARGETS)),
                    GraphSpec.of("Lambda internal errors", "LambdaInternalError", "Sum").when(r -> r.facts().is(Fact.LAMBDA_TARGETS)),
                    GraphSpec.of("Lambda user errors", "LambdaUserError", "Sum").when(r -> r.facts().is(Fact.LAMBDA_TARGETS))));

    /**
     * Target groups of a Network Load Balancer (TCP, UDP, TLS): their health is in {@code AWS/NetworkELB}; they have no
     * HTTP codes.
     * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-cloudwatch-metrics.html">Network Load Balancer metrics</a>
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html#NetworkELB">Recommended alarms: Network Load Balancer</a>
     */
    public static final ResourceProfile NLB_TARGET_GROUP = new ResourceProfile("nlb-targets", "NLB target groups", "AWS/NetworkELB",
            List.of(
                    AlarmRule.critical("UnHealthyHosts").metric("UnHealthyHostCount", "Maximum")
                            .compare(Comparison.GREATER_OR_EQUAL, Threshold.fixed(1)).evaluate(60, 3, 3)
                            .treatMissing(TreatMissing.MISSING).description("At least one target is unhealthy").build(),
                    AlarmRule.critical("NoHealthyHosts").metric("HealthyHostCount", "Minimum")
                            .compare(Comparison.LESS_THAN, Threshold.fixed(1)).evaluate(60, 3, 3)
                            // ELB reports only while traffic flows: an idle NLB must not page, so silence stays visible, not breaching.
                            .treatMissing(TreatMissing.MISSING).description("No target is healthy: connections fail").build()),
            List.of(new GraphSpec("Target health", List.of(MetricTerm.of("HealthyHostCount", "Minimum"),
                    MetricTerm.of("UnHealthyHostCount", "Maximum")))));
    private static final String NETWORK = "network";

    private LoadBalancerMonitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(LOAD_BALANCER).profile(TARGET_GROUP).profile(NLB_TARGET_GROUP)
                .type(ResourceType.of("AWS::ElasticLoadBalancingV2::LoadBalancer", LoadBalancerMonitor::loadBalancer).profiles(LOAD_BALANCER))
                .type(ResourceType.of("AWS::ElasticLoadBalancingV2::TargetGroup", LoadBalancerMonitor::targetGroup)
                        .profiles(TARGET_GROUP, NLB_TARGET_GROUP));
    }

    private static Discovery loadBalancer(TemplateResource lb, DiscoveryContext context) {
        String type = lb.property("Type").asText("application");
        if (!type.equals("application")) {
            return Discovery.skipped(lb.describe() + ": a " + type + " load balancer; only Application Load Balancers are monitored");
        }
        return Discovery.found(Monitored.of(lb, LOAD_BALANCER,
                Map.of("LoadBalancer", Intrinsics.getAtt(lb.logicalId(), "LoadBalancerFullName")), Facts.none()));
    }

    private static Discovery targetGroup(TemplateResource group, DiscoveryContext context) {
        Optional<String> lb = Listeners.loadBalancerOf(context.service(), group.logicalId());
        if (lb.isEmpty()) {
            return Discovery.skipped(group.describe() + ": no listener of a load balancer in the template forwards to this target group");
        }
        Facts facts = Facts.builder().with(Fact.LAMBDA_TARGETS, group.property("TargetType").asText().equals("lambda")).build();
        JsonNode lbName = Intrinsics.getAtt(lb.get(), "LoadBalancerFullName");
        String type = context.service().resource(lb.get()).map(r -> r.property("Type").asText("application")).orElse("application");
        if (!type.equals("application") && !type.equals(NETWORK)) {
            return Discovery.skipped(group.describe() + ": a target group of a " + type + " load balancer; only Application and "
                    + "Network Load Balancer target groups are monitored");
        }
        return Discovery.found(Monitored.of(group, type.equals(NETWORK) ? NLB_TARGET_GROUP : TARGET_GROUP,
                Map.of("TargetGroup", Intrinsics.getAtt(group.logicalId(), "TargetGroupFullName"), "LoadBalancer", lbName), facts));
    }
}
