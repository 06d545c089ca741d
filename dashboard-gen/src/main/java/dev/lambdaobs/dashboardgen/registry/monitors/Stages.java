package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.TreeSet;

/** API Gateway metrics are per API and stage: finds the stages of an API and builds one monitored resource each. */
final class Stages {
    private Stages() {
    }

    /** Stage names declared by {@code stageType} resources (and {@code deploymentType} StageName) pointing at the API. */
    static List<String> declared(ServiceTemplate service, TemplateResource api, String apiProperty, String stageType,
            String deploymentType) {
        TreeSet<String> names = new TreeSet<>();
        for (TemplateResource other : service.resources()) {
            boolean stage = other.type().equals(stageType);
            boolean deployment = other.type().equals(deploymentType);
            if ((stage || deployment) && CfnValues.referencedId(other.property(apiProperty)).filter(api.logicalId()::equals).isPresent()) {
                CfnValues.literal(other.property("StageName")).ifPresent(names::add);
            }
        }
        return new ArrayList<>(names);
    }

    /** One monitored resource per stage; the key is {@code Api.Stage} when there are several. */
    static Discovery perStage(TemplateResource api, ResourceProfile profile, String apiDimension, JsonNode apiValue,
            List<String> stages) {
        if (stages.isEmpty()) {
            return Discovery.skipped(api.describe() + ": no stage with a literal StageName found for this API");
        }
        List<MonitoredResource> found = new ArrayList<>();
        for (String stage : stages) {
            Map<String, JsonNode> dimensions = new LinkedHashMap<>();
            dimensions.put(apiDimension, apiValue);
            dimensions.put("Stage", com.fasterxml.jackson.databind.node.TextNode.valueOf(stage));
            String key = stages.size() == 1 ? api.logicalId() : api.logicalId() + "." + stage;
            found.add(new MonitoredResource(key, api.logicalId(), api.type(), profile, dimensions, Facts.none(), api.location()));
        }
        return new Discovery(found, List.of());
    }
}
