package dev.lambdaobs.logging.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Masks the values under sensitive keys in a copy of a JSON tree; the tree given is never changed.
 *
 * <pre>{@code
 * JsonNode safe = Masking.mask(tree, config::isMasked);   // {"headers":{"Authorization":"****"}}
 * }</pre>
 */
public final class Masking {
    /** What a masked value is replaced with. */
    public static final String MASK = "****";

    private Masking() {
    }

    /** A deep copy of {@code tree} where every value under a key matching {@code sensitive} is {@value #MASK}. */
    public static JsonNode mask(JsonNode tree, Predicate<String> sensitive) {
        if (tree instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (sensitive.test(field.getKey()) && !field.getValue().isNull()) {
                    copy.put(field.getKey(), MASK);
                } else {
                    copy.set(field.getKey(), mask(field.getValue(), sensitive));
                }
            }
            return copy;
        }
        if (tree instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode(array.size());
            for (JsonNode item : array) {
                copy.add(mask(item, sensitive));
            }
            return copy;
        }
        return tree;
    }
}
