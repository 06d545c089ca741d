package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.discover.DeployedResource;
import dev.lambdaobs.dashboardgen.discover.DiscoveredConfig;
import dev.lambdaobs.dashboardgen.discover.TaggedResources;
import dev.lambdaobs.dashboardgen.fakeaws.FakeAws;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.PhysicalIds;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import dev.lambdaobs.dashboardgen.registry.monitors.StandardMonitors;
import dev.lambdaobs.dashboardgen.template.CfnTemplate;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;

/**
 * A resource type's facts live in its registry entry only: a type registered with them is found by its
 * tags, gets its dimension value derived, and (as a function) has its settings checked, with nothing
 * added anywhere else.
 */
class ResourceTypeFactsTest {
    private static final String WIDGET = "AWS::Example::Widget";
    private static final String WORKER = "AWS::Example::Worker";

    private static final MonitorRegistry REGISTRY = MonitorRegistry.builder().with(StandardMonitors::registerAll)
            .type(ResourceType.of(WIDGET, (resource, context) -> Discovery.skipped("a test type")).tagged("example:widget")
                    .dimension(PhysicalIds.LAST_PATH_SEGMENT))
            .type(ResourceType.of(WORKER, (resource, context) -> Discovery.skipped("a test type")).asFunction())
            .build();

    @TempDir
    Path dir;

    @Test
    void aTypeRegisteredWithItsArnAndDimensionIsDiscoveredByTag() {
        try (FakeAws aws = new FakeAws(); ResourceGroupsTaggingApiClient tagging = aws.clients().tagging()) {
            ObjectMapper json = new ObjectMapper();
            aws.server.on("GetResources", request -> {
                var response = json.createObjectNode();
                var widget = response.putArray("ResourceTagMappingList").addObject()
                        .put("ResourceARN", "arn:aws:example:eu-west-1:123456789012:widget/orders-widget");
                widget.putArray("Tags").addObject().put("Key", "aws:cloudformation:logical-id").put("Value", "OrdersWidget");
                return response;
            });

            List<DeployedResource> resources = new TaggedResources(tagging, REGISTRY).withTags(Map.of("service", "orders"));

            assertThat(resources).containsExactly(new DeployedResource("OrdersWidget", WIDGET, "widget/orders-widget"));
            assertThat(DiscoveredConfig.of(null, resources, REGISTRY).physicalNames())
                    .containsExactly(Map.entry("OrdersWidget", "orders-widget"));
        }
    }

    @Test
    void aTypeRegisteredAsAFunctionHasItsSettingsChecked() throws Exception {
        Path file = Files.writeString(dir.resolve("t.yaml"), """
                Resources:
                  Worker:
                    Type: AWS::Example::Worker
                    Properties:
                      Timeout: -3
                """);
        CfnTemplate template = CfnTemplate.read(file);

        assertThat(REGISTRY.functionTypes()).containsExactlyInAnyOrder("AWS::Serverless::Function", "AWS::Lambda::Function", WORKER);
        assertThatThrownBy(() -> ServiceTemplate.of(List.of(template), REGISTRY.functionTypes()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("t.yaml:5").hasMessageContaining("resource Worker: Timeout -3");
        // The standard registry does not know the type: nothing to check.
        assertThat(ServiceTemplate.of(List.of(template), MonitorRegistry.standard().functionTypes()).functions()).isEmpty();
    }

    @Test
    void aTypeKnownOnlyForItsFactsIsNotMonitored() {
        MonitorRegistry standard = MonitorRegistry.standard();

        assertThat(standard.typeOfArn("arn:aws:events:eu-west-1:123456789012:event-bus/orders")).map(ResourceType::type)
                .contains("AWS::Events::EventBus");
        assertThat(standard.dimensionValue("AWS::Events::EventBus", "arn:aws:events:eu-west-1:123456789012:event-bus/orders"))
                .contains("orders");
        assertThat(standard.supportedTypes()).doesNotContain("AWS::Events::EventBus").contains("AWS::Events::Rule");
        assertThat(standard.discoverer("AWS::Events::EventBus")).isEmpty();
    }
}
