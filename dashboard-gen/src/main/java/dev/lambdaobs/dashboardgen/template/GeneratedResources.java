package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every resource dashboard-gen adds carries {@code Metadata: {"lambdaobs:generated": true}}, so running it again
 * on its own output (a merged template kept as the service's template) recognises them, drops them and generates
 * them again in place under the same logical ids, instead of adding a second set with colliding names.
 *
 * <pre>{@code
 * GeneratedResources.mark(alarmResource);
 * GeneratedResources.isGenerated(resource); // true
 * }</pre>
 */
public final class GeneratedResources {
    /** The Metadata key; apart from the {@code lambdaobs} settings key, which users write. */
    public static final String METADATA_KEY = "lambdaobs:generated";

    private GeneratedResources() {
    }

    /** Marks a resource as ours. */
    public static ObjectNode mark(ObjectNode resource) {
        ObjectNode metadata = resource.get("Metadata") instanceof ObjectNode own ? own : resource.putObject("Metadata");
        metadata.put(METADATA_KEY, true);
        return resource;
    }

    public static boolean isGenerated(JsonNode resource) {
        return resource.path("Metadata").path(METADATA_KEY).asBoolean(false);
    }

    /**
     * Removes our resources from a template's {@code Resources}, and the {@code Ref}s to them that a guardrail put
     * into SAM {@code DeploymentPreference.Alarms} (the guardrail puts them back); returns the removed ids.
     */
    public static Set<String> remove(ObjectNode template) {
        Set<String> removed = new TreeSet<>();
        JsonNode resources = template.path("Resources");
        Iterator<Map.Entry<String, JsonNode>> fields = resources.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (isGenerated(entry.getValue())) {
                removed.add(entry.getKey());
                fields.remove();
            }
        }
        if (!removed.isEmpty()) {
            resources.forEach(resource -> dropRefs(resource.path("Properties").path("DeploymentPreference").path("Alarms"), removed));
        }
        return removed;
    }

    private static void dropRefs(JsonNode alarms, Set<String> removed) {
        if (alarms instanceof ArrayNode list) {
            for (int i = list.size() - 1; i >= 0; i--) {
                // A rollback alarm in a nested stack is named through the stack's output: Fn::GetAtt [Stack, Outputs.X].
                if (removed.contains(list.get(i).path("Ref").asText()) || removed.contains(list.get(i).path("Fn::GetAtt").path(0).asText())) {
                    list.remove(i);
                }
            }
        }
    }
}
