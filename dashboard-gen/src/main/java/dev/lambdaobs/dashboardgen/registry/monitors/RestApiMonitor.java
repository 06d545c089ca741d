package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import dev.lambdaobs.dashboardgen.registry.SloSignals;
import dev.lambdaobs.dashboardgen.registry.TreatMissing;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.List;
import java.util.Map;

/**
 * API Gateway REST APIs (dimensions ApiName + Stage), including SAM's implicit {@code ServerlessRestApi}.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html#ApiGateway">Recommended alarms: API Gateway</a>
 */
public final class RestApiMonitor {
    /** SAM's implicit API and its stage. @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-api.html">SAM Api event</a> */
    static final String IMPLICIT_API = "ServerlessRestApi";
    static final String IMPLICIT_STAGE = "Prod";
    /** Our threshold for p99 integration latency (AWS recommends none), REST and WebSocket APIs alike: 2 s. */
    static final double INTEGRATION_LATENCY_P99_MS = 2_000;

    public static final ResourceProfile REST_API = new ResourceProfile("apigateway", "API Gateway REST APIs", "AWS/ApiGateway",
            List.of(
                    AlarmRule.critical("5XXErrorRate").metric("5XXError", "Average").above(0.05).evaluate(60, 3, 3)
                            .description("More than 5% of requests fail with a server-side error").build(),
                    AlarmRule.warning("4XXErrorRate").metric("4XXError", "Average").above(0.05).evaluate(60, 5, 5)
                            .description("More than 5% of requests fail with a client-side error").build(),
                    AlarmRule.warning("LatencyP99").metric("Latency", "p99").above(2_500).evaluate(60, 5, 5)
                            .treatMissing(TreatMissing.NOT_BREACHING)
                            .description("p99 latency is above 2.5 s").build(),
                    AlarmRule.warning("IntegrationLatencyP99").metric("IntegrationLatency", "p99").above(INTEGRATION_LATENCY_P99_MS).evaluate(60, 5, 5)
                            .description("p99 backend (integration) latency is above 2 s").build()),
            List.of(
                    GraphSpec.of("Requests", "Count", "Sum"),
                    new GraphSpec("Error rate", List.of(MetricTerm.of("5XXError", "Average"), MetricTerm.of("4XXError", "Average"))),
                    new GraphSpec("Latency", List.of(MetricTerm.of("Latency", "p50"), MetricTerm.of("Latency", "p99"),
                            MetricTerm.of("IntegrationLatency", "p99")))))
            // 5XXError summed is the count of server-side errors; Latency is in milliseconds.
            .withSlo(new SloSignals("Count", "5XXError", "Latency"));

    private RestApiMonitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(REST_API)
                .type(ResourceType.of("AWS::Serverless::Api", RestApiMonitor::samApi).profiles(REST_API))
                .type(ResourceType.of("AWS::ApiGateway::RestApi", RestApiMonitor::restApi).profiles(REST_API))
                .serviceWide(RestApiMonitor::implicitApi);
    }

    /** ApiName: {@code Name}, else the definition's {@code info.title}, else SAM's default (the stack name). */
    private static Discovery samApi(TemplateResource api, DiscoveryContext context) {
        JsonNode stackName = Intrinsics.ref("AWS::StackName");
        Map<String, JsonNode> stages = Stages.name(api.property("StageName"));
        if (Monitored.name(api, "Name", stackName) != stackName) {
            return Stages.perStage(api, REST_API, "ApiName", Monitored.name(api, "Name", stackName), stages);
        }
        ApiDefinitions.Source source = ApiDefinitions.title(api);
        if (source instanceof ApiDefinitions.Source.Title title) {
            return Stages.perStage(api, REST_API, "ApiName", title.title(), stages);
        }
        Discovery found = Stages.perStage(api, REST_API, "ApiName", stackName, stages);
        if (source instanceof ApiDefinitions.Source.Remote remote) {
            List<String> skipped = new java.util.ArrayList<>(found.skipped());
            skipped.add(api.describe() + ": its OpenAPI definition is on " + remote.where() + ", so its title (the ApiName) is "
                    + "unknown here; the alarms assume the stack name: set resources." + api.logicalId()
                    + ".dimensions.ApiName in the config");
            return new Discovery(found.found(), skipped);
        }
        return found;
    }

    private static Discovery restApi(TemplateResource api, DiscoveryContext context) {
        JsonNode title = api.property("Body").path("info").path("title");
        JsonNode name = Monitored.name(api, "Name", title);
        if (!CfnValues.present(name)) {
            return Discovery.skipped(api.describe() + ": the REST API has no Name to use as the ApiName dimension");
        }
        Map<String, JsonNode> stages = Stages.declared(context.service(), api, "RestApiId", "AWS::ApiGateway::Stage",
                "AWS::ApiGateway::Deployment");
        return Stages.perStage(api, REST_API, "ApiName", name, stages);
    }

    /** The first SAM function whose Api event makes SAM create the implicit {@code ServerlessRestApi}, if any. */
    public static java.util.Optional<TemplateResource> implicitApiUser(dev.lambdaobs.dashboardgen.template.ServiceTemplate service) {
        return ImplicitApis.firstUser(service, IMPLICIT_API, "Api", "RestApiId");
    }

    private static Discovery implicitApi(DiscoveryContext context) {
        return ImplicitApis.discover(context.service(), IMPLICIT_API, "AWS::Serverless::Api", "Api", "RestApiId", REST_API,
                Map.of("ApiName", Intrinsics.ref("AWS::StackName"), "Stage", Intrinsics.text(IMPLICIT_STAGE)));
    }
}
