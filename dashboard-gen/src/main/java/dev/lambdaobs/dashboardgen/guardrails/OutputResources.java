package dev.lambdaobs.dashboardgen.guardrails;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.template.GeneratedResources;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.List;

/** Reads and edits the resources of the output template (a copy of the user's templates in merge mode). */
final class OutputResources {
    private OutputResources() {
    }

    /** The resource's Properties in the output template, created when absent. */
    static ObjectNode properties(ObjectNode template, String logicalId) {
        ObjectNode resource = (ObjectNode) template.get("Resources").get(logicalId);
        return resource.get("Properties") instanceof ObjectNode properties ? properties : resource.putObject("Properties");
    }

    /** The resource's {@code Condition}, so what is added for it is created only when it is. */
    static JsonNode condition(ObjectNode template, String logicalId) {
        return template.get("Resources").get(logicalId).get("Condition");
    }

    static void add(ObjectNode template, String logicalId, ObjectNode resource) {
        ((ObjectNode) template.get("Resources")).set(logicalId, GeneratedResources.mark(resource));
    }

    static List<TemplateResource> functions(ServiceTemplate service) {
        return service.functions();
    }
}
