package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** API Gateway metrics are per API and stage: finds the stages of an API and builds one monitored resource each. */
final class Stages {
    private Stages() {
    }

    /**
     * A stage name as a dimension value, keyed by a label for resource keys: a literal, or a
     * {@code Ref} to a template parameter (CloudFormation resolves it at deploy; standalone mode asks
     * for the physical value in the config).
     */
    static Map<String, JsonNode> name(JsonNode stageName) {
        Optional<String> literal = CfnValues.literal(stageName);
        if (literal.isPresent()) {
            return Map.of(literal.get(), TextNode.valueOf(literal.get()));
        }
        if (stageName.size() == 1 && stageName.path("Ref").isTextual()) {
            return Map.of(stageName.get("Ref").asText(), stageName);
        }
        return Map.of();
    }

    /** Stage names declared by {@code stageType} resources (and {@code deploymentType} StageName) pointing at the API. */
    static Map<String, JsonNode> declared(ServiceTemplate service, TemplateResource api, String apiProperty, String stageType,
            String deploymentType) {
        Map<String, JsonNode> names = new TreeMap<>();
        for (TemplateResource other : service.resources()) {
            boolean stage = other.type().equals(stageType);
            boolean deployment = other.type().equals(deploymentType);
            if ((stage || deployment) && CfnValues.referencedId(other.property(apiProperty)).filter(api.logicalId()::equals).isPresent()) {
                names.putAll(name(other.property("StageName")));
            }
        }
        return names;
    }

    /** One monitored resource per stage; the key is {@code Api.Stage} when there are several. */
    static Discovery perStage(TemplateResource api, ResourceProfile profile, String apiDimension, JsonNode apiValue,
            Map<String, JsonNode> stages) {
        if (stages.isEmpty()) {
            return Discovery.skipped(api.describe() + ": no stage with a literal StageName or a parameter Ref found for this API");
        }
        List<MonitoredResource> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> stage : new TreeMap<>(stages).entrySet()) {
            Map<String, JsonNode> dimensions = new LinkedHashMap<>();
            dimensions.put(apiDimension, apiValue);
            dimensions.put("Stage", stage.getValue());
            String key = stages.size() == 1 ? api.logicalId() : api.logicalId() + "." + stage.getKey();
            found.add(new MonitoredResource(key, api.logicalId(), api.type(), profile, dimensions, Facts.none(), api.location()));
        }
        return new Discovery(found, List.of());
    }
}
