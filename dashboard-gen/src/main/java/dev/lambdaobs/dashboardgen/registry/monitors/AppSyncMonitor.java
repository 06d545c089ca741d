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
 * AppSync GraphQL APIs (dimension GraphQLAPIId).
 *
 * @see <a href="https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html">AppSync metrics</a>
 */
public final class AppSyncMonitor {
    public static final ResourceProfile GRAPHQL_API = new ResourceProfile("appsync", "AppSync GraphQL APIs", "AWS/AppSync",
            List.of(
                    AlarmRule.critical("5XXError").metric("5XXError", "Sum").above(0).evaluate(60, 3, 3)
                            .description("GraphQL requests fail with a server-side error").build(),
                    AlarmRule.warning("LatencyP99").metric("Latency", "p99").above(2_500).evaluate(60, 5, 5)
                            .description("p99 request latency is above 2.5 s").build()),
            List.of(new GraphSpec("Errors", List.of(MetricTerm.of("5XXError", "Sum"), MetricTerm.of("4XXError", "Sum"))),
                    new GraphSpec("Latency", List.of(MetricTerm.of("Latency", "p50"), MetricTerm.of("Latency", "p99")))));

    private AppSyncMonitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        Discoverer byId = Monitored.single(GRAPHQL_API, "GraphQLAPIId", api -> Intrinsics.getAtt(api.logicalId(), "ApiId"));
        registry.profile(GRAPHQL_API)
                .type(ResourceType.of("AWS::AppSync::GraphQLApi", byId).profiles(GRAPHQL_API).tagged("appsync:apis").dimension(PhysicalIds.LAST_PATH_SEGMENT))
                .type(ResourceType.of("AWS::Serverless::GraphQLApi", byId).profiles(GRAPHQL_API));
    }
}
