package dev.lambdaobs.dashboardgen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.template.CfnTemplate;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Several templates merge into one, which can hold one {@code Globals} section: each template's
 * {@code Globals.Function} is written into its own functions (as SAM merges it: the function's scalars win,
 * maps are merged, lists are appended to), and the merged template keeps no {@code Globals.Function}, so no
 * function inherits another template's runtime, environment or layers.
 *
 * @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html">SAM Globals: overridable properties</a>
 */
final class InlinedGlobals {
    private InlinedGlobals() {
    }

    static void apply(ObjectNode merged, List<CfnTemplate> templates) {
        if (templates.size() < 2 || templates.stream().allMatch(t -> t.functionGlobals().isMissingNode())) {
            return;
        }
        for (CfnTemplate template : templates) {
            JsonNode globals = template.functionGlobals();
            if (!globals.isObject()) {
                continue;
            }
            for (TemplateResource function : template.resources()) {
                JsonNode resource = merged.path("Resources").path(function.logicalId());
                if (function.type().equals(ServiceTemplate.SAM_FUNCTION) && resource instanceof ObjectNode own) {
                    ObjectNode properties = own.get("Properties") instanceof ObjectNode p ? p : own.putObject("Properties");
                    own.set("Properties", mergeInto(globals.deepCopy(), properties));
                }
            }
        }
        if (merged.path("Globals") instanceof ObjectNode globals) {
            globals.remove("Function");
            if (globals.isEmpty()) {
                merged.remove("Globals");
            }
        }
    }

    /** SAM's rule: {@code own} over {@code global}; maps merge, lists append own after global. */
    private static JsonNode mergeInto(JsonNode global, JsonNode own) {
        if (global instanceof ObjectNode globalMap && own instanceof ObjectNode ownMap) {
            Iterator<Map.Entry<String, JsonNode>> fields = ownMap.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode base = globalMap.get(field.getKey());
                globalMap.set(field.getKey(), base == null ? field.getValue().deepCopy() : mergeInto(base, field.getValue()));
            }
            return globalMap;
        }
        if (global instanceof ArrayNode globalList && own instanceof ArrayNode ownList) {
            ownList.forEach(item -> globalList.add(item.deepCopy()));
            return globalList;
        }
        return own.deepCopy();
    }
}
