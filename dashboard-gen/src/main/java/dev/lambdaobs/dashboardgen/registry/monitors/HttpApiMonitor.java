package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.PhysicalIds;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import dev.lambdaobs.dashboardgen.registry.SloSignals;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.List;
import java.util.Map;

/**
 * API Gateway HTTP APIs (dimensions ApiId + Stage), including SAM's implicit {@code ServerlessHttpApi}.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-metrics.html">HTTP API metrics</a>
 */
public final class HttpApiMonitor {
    static final String IMPLICIT_API = "ServerlessHttpApi";
    /** The stage SAM and quick-create HTTP APIs deploy to. */
    static final String DEFAULT_STAGE = "$default";

    public static final ResourceProfile HTTP_API = new ResourceProfile("httpapi", "API Gateway HTTP APIs", "AWS/ApiGateway",
            List.of(
                    AlarmRule.critical("5xxRate").metric("5xx", "Average").above(0.05).evaluate(60, 3, 3)
                            .description("More than 5% of requests fail with a server-side error").build(),
                    AlarmRule.warning("LatencyP99").metric("Latency", "p99").above(2_500).evaluate(60, 5, 5)
                            .description("p99 latency is above 2.5 s").build()),
            List.of(
                    GraphSpec.of("Requests", "Count", "Sum"),
                    new GraphSpec("Error rate", List.of(MetricTerm.of("5xx", "Average"), MetricTerm.of("4xx", "Average"))),
                    new GraphSpec("Latency", List.of(MetricTerm.of("Latency", "p50"), MetricTerm.of("Latency", "p99"),
                            MetricTerm.of("IntegrationLatency", "p99")))))
            // 5xx summed is the count of server-side errors; Latency is in milliseconds.
            .withSlo(new SloSignals("Count", "5xx", "Latency"));

    private HttpApiMonitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(HTTP_API).profile(WebSocketApiMonitor.WEBSOCKET_API)
                .type(ResourceType.of("AWS::Serverless::HttpApi", HttpApiMonitor::samApi).profiles(HTTP_API))
                .type(ResourceType.of("AWS::ApiGatewayV2::Api", HttpApiMonitor::v2Api).profiles(HTTP_API, WebSocketApiMonitor.WEBSOCKET_API)
                        .dimension(PhysicalIds.LAST_PATH_SEGMENT))
                .serviceWide(HttpApiMonitor::implicitApi);
    }

    private static Discovery samApi(TemplateResource api, DiscoveryContext context) {
        Map<String, JsonNode> stage = CfnValues.present(api.property("StageName")) ? Stages.name(api.property("StageName"))
                : Stages.name(Intrinsics.text(DEFAULT_STAGE));
        return Stages.perStage(api, HTTP_API, "ApiId", Intrinsics.ref(api.logicalId()), stage);
    }

    private static Discovery v2Api(TemplateResource api, DiscoveryContext context) {
        String protocol = api.property("ProtocolType").asText("HTTP");
        if (protocol.equals(WebSocketApiMonitor.PROTOCOL)) {
            return WebSocketApiMonitor.discover(api, context);
        }
        if (!protocol.equals("HTTP") && CfnValues.present(api.property("ProtocolType"))) {
            return Discovery.skipped(api.describe() + ": ProtocolType " + protocol + " is not monitored (only HTTP and WebSocket APIs)");
        }
        Map<String, JsonNode> stages = CfnValues.present(api.property("Target")) ? Stages.name(Intrinsics.text(DEFAULT_STAGE))
                : Stages.declared(context.service(), api, "ApiId", "AWS::ApiGatewayV2::Stage", "AWS::ApiGatewayV2::Deployment");
        return Stages.perStage(api, HTTP_API, "ApiId", Intrinsics.ref(api.logicalId()), stages);
    }

    private static Discovery implicitApi(DiscoveryContext context) {
        return ImplicitApis.discover(context.service(), IMPLICIT_API, "AWS::Serverless::HttpApi", "HttpApi", "ApiId", HTTP_API,
                Map.of("ApiId", Intrinsics.ref(IMPLICIT_API), "Stage", Intrinsics.text(DEFAULT_STAGE)));
    }
}
