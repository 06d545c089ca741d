package dev.lambdaobs.dashboardgen.discover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.fakeaws.FakeAws;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;

class DiscoveryTest {

    private static String member(String logicalId, String type, String physicalId) {
        return "<member><LogicalResourceId>" + logicalId + "</LogicalResourceId><PhysicalResourceId>" + physicalId
                + "</PhysicalResourceId><ResourceType>" + type + "</ResourceType><ResourceStatus>CREATE_COMPLETE</ResourceStatus>"
                + "<LastUpdatedTimestamp>2026-11-20T10:00:00Z</LastUpdatedTimestamp></member>";
    }

    @Test
    void readsEveryPageOfAStackAndDerivesDimensionValues() {
        try (FakeAws aws = new FakeAws(); CloudFormationClient cloudFormation = aws.clients().cloudFormation()) {
            aws.server.onQuery("ListStackResources", params -> {
                assertThat(params).containsEntry("StackName", "orders-prod");
                if (!params.containsKey("NextToken")) {
                    return "<StackResourceSummaries>"
                            + member("CreateOrderFunction", "AWS::Lambda::Function", "orders-prod-CreateOrderFunction-AbC123")
                            + member("OrdersQueue", "AWS::SQS::Queue", "https://sqs.eu-west-1.amazonaws.com/123456789012/orders-prod-OrdersQueue-x1")
                            + "</StackResourceSummaries><NextToken>page2</NextToken>";
                }
                return "<StackResourceSummaries>"
                        + member("AlertsTopic", "AWS::SNS::Topic", "arn:aws:sns:eu-west-1:123456789012:orders-alerts")
                        + member("OrderRule", "AWS::Events::Rule", "orders-bus|orders-prod-OrderRule-9Z")
                        + member("OrdersApi", "AWS::ApiGateway::RestApi", "a1b2c3d4e5")
                        + "</StackResourceSummaries>";
            });

            List<DeployedResource> resources = new StackResources(cloudFormation).of("orders-prod");
            DiscoveredConfig config = DiscoveredConfig.of("orders", resources, MonitorRegistry.standard());

            assertThat(resources).hasSize(5);
            assertThat(config.physicalNames()).containsExactly(
                    Map.entry("AlertsTopic", "orders-alerts"),
                    Map.entry("CreateOrderFunction", "orders-prod-CreateOrderFunction-AbC123"),
                    Map.entry("OrderRule", "orders-prod-OrderRule-9Z"),
                    Map.entry("OrdersQueue", "orders-prod-OrdersQueue-x1"));
            assertThat(config.underived()).extracting(DeployedResource::logicalId).containsExactly("OrdersApi");
            Map<String, Object> yaml = new Yaml().load(config.yaml());
            assertThat(yaml).containsEntry("service", "orders");
            assertThat(yaml.get("resources")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("OrdersQueue", Map.of("physicalName", "orders-prod-OrdersQueue-x1"));
        }
    }

    @Test
    void findsResourcesByTagsAndTiesThemToLogicalIds() {
        try (FakeAws aws = new FakeAws(); ResourceGroupsTaggingApiClient tagging = aws.clients().tagging()) {
            ObjectMapper json = new ObjectMapper();
            aws.server.on("GetResources", request -> {
                assertThat(request.path("TagFilters").get(0).path("Key").asText()).isEqualTo("service");
                var response = json.createObjectNode();
                var list = response.putArray("ResourceTagMappingList");
                var fn = list.addObject().put("ResourceARN", "arn:aws:lambda:eu-west-1:123456789012:function:orders-prod-create");
                fn.putArray("Tags").addObject().put("Key", "aws:cloudformation:logical-id").put("Value", "CreateOrderFunction");
                var sm = list.addObject().put("ResourceARN", "arn:aws:states:eu-west-1:123456789012:stateMachine:orders-flow");
                sm.putArray("Tags").addObject().put("Key", "aws:cloudformation:logical-id").put("Value", "OrderFlow");
                var untracked = list.addObject().put("ResourceARN", "arn:aws:sqs:eu-west-1:123456789012:manual-queue");
                untracked.putArray("Tags").addObject().put("Key", "service").put("Value", "orders");
                return response;
            });

            List<DeployedResource> resources = new TaggedResources(tagging, MonitorRegistry.standard()).withTags(Map.of("service", "orders"));

            assertThat(DiscoveredConfig.of(null, resources, MonitorRegistry.standard()).physicalNames()).containsExactly(
                    Map.entry("CreateOrderFunction", "orders-prod-create"),
                    Map.entry("OrderFlow", "arn:aws:states:eu-west-1:123456789012:stateMachine:orders-flow"));
        }
    }
}
