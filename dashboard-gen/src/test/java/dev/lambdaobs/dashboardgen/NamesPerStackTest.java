package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Merge mode's alarm, composite and dashboard names derive from the stack name (dashboards, account-global, from
 * the Region too), so two stacks of one template (two stages, two branches) or one stack in two Regions deploy
 * side by side. The length limits on the longest stack name are checked for every corpus output (OutputChecks).
 */
class NamesPerStackTest {
    private static final Set<String> NAMED_TYPES = Set.of("AWS::CloudWatch::Alarm", "AWS::CloudWatch::CompositeAlarm",
            "AWS::CloudWatch::Dashboard");

    @Test
    void twoStagesAndTwoRegionsOfOneTemplateGetDistinctNames() {
        GenerationResult result = TestSupport.generate(TestSupport.resource("golden/rest-api.yaml"));

        Set<String> prod = deployedNames(result, NAMED_TYPES, "orders-prod", "eu-west-1");
        assertThat(prod).hasSizeGreaterThan(5).allSatisfy(name -> assertThat(name).startsWith("orders-prod-"));
        assertThat(prod).doesNotContainAnyElementsOf(deployedNames(result, NAMED_TYPES, "orders-dev", "eu-west-1"));
        // Dashboards are account-global: the same stack in another Region gets other dashboard names.
        Set<String> dashboards = deployedNames(result, Set.of("AWS::CloudWatch::Dashboard"), "orders-prod", "eu-west-1");
        assertThat(dashboards).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("orders-prod-eu-west-1-"))
                .doesNotContainAnyElementsOf(deployedNames(result, Set.of("AWS::CloudWatch::Dashboard"), "orders-prod", "us-east-1"));
    }

    /** The names as CloudFormation would resolve them in a stack of that name and Region. */
    private static Set<String> deployedNames(GenerationResult result, Set<String> types, String stack, String region) {
        Set<String> names = new HashSet<>();
        result.template().path("Resources").forEach(resource -> {
            if (!types.contains(resource.path("Type").asText())) {
                return;
            }
            JsonNode properties = resource.path("Properties");
            JsonNode name = properties.has("DashboardName") ? properties.get("DashboardName") : properties.get("AlarmName");
            assertThat(name.has("Fn::Sub")).as(name.toString()).isTrue();
            JsonNode sub = name.get("Fn::Sub");
            String text = sub.isArray() ? sub.get(0).asText() : sub.asText();
            assertThat(text).startsWith("${AWS::StackName}-");
            names.add(text.replace("${AWS::StackName}", stack).replace("${AWS::Region}", region));
        });
        List<String> unresolved = names.stream().filter(n -> n.contains("${")).toList();
        assertThat(unresolved).isEmpty();
        return names;
    }
}
