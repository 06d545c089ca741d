package dev.lambdaobs.dashboardgen.registry.monitors;

import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.List;

/**
 * API Gateway WebSocket APIs ({@code AWS::ApiGatewayV2::Api} with {@code ProtocolType: WEBSOCKET}; SAM has no
 * WebSocket type), per stage: dimensions ApiId + Stage in {@code AWS/ApiGateway}, stages found as for HTTP APIs.
 * The type is registered by {@link HttpApiMonitor}, whose discoverer hands WebSocket APIs here.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-logging.html">Monitor WebSocket API execution with CloudWatch metrics</a>
 */
public final class WebSocketApiMonitor {
    /** The {@code ProtocolType} of a WebSocket API. @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigatewayv2-api.html">AWS::ApiGatewayV2::Api</a> */
    static final String PROTOCOL = "WEBSOCKET";

    public static final ResourceProfile WEBSOCKET_API = new ResourceProfile("websocket", "API Gateway WebSocket APIs", "AWS/ApiGateway",
            List.of(
                    AlarmRule.critical("ExecutionError").metric("ExecutionError", "Sum").above(0).evaluate(60, 5, 3)
                            .description("API Gateway fails to call the integration").build(),
                    AlarmRule.warning("IntegrationError").metric("IntegrationError", "Sum").above(0).evaluate(60, 5, 3)
                            .description("The integration answers with 4XX/5XX").build(),
                    AlarmRule.warning("ClientError").metric("ClientError", "Sum").above(0).evaluate(60, 5, 5)
                            .description("API Gateway answers clients with 4XX before the integration, minute after minute "
                                    + "(authorization, route selection, limits)").build(),
                    AlarmRule.warning("IntegrationLatencyP99").metric("IntegrationLatency", "p99").above(RestApiMonitor.INTEGRATION_LATENCY_P99_MS)
                            .evaluate(60, 5, 5).description("p99 integration latency is above 2 s").build()),
            List.of(
                    new GraphSpec("Connections and messages", List.of(MetricTerm.of("ConnectCount", "Sum"),
                            MetricTerm.of("MessageCount", "Sum"))),
                    new GraphSpec("Errors", List.of(MetricTerm.of("ExecutionError", "Sum"), MetricTerm.of("IntegrationError", "Sum"),
                            MetricTerm.of("ClientError", "Sum"))),
                    new GraphSpec("Integration latency", List.of(MetricTerm.of("IntegrationLatency", "p50"),
                            MetricTerm.of("IntegrationLatency", "p99")))));

    private WebSocketApiMonitor() {
    }

    static Discovery discover(TemplateResource api, DiscoveryContext context) {
        return Stages.perStage(api, WEBSOCKET_API, "ApiId", Intrinsics.ref(api.logicalId()),
                Stages.declared(context.service(), api, "ApiId", "AWS::ApiGatewayV2::Stage", "AWS::ApiGatewayV2::Deployment"));
    }
}
