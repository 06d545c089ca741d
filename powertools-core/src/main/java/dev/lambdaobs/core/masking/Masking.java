package dev.lambdaobs.core.masking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Masks secrets in a copy of a JSON tree; the tree given (and the event or response it came from) is
 * never changed. Masked, at any depth:
 * <ul>
 *   <li>the whole value under a sensitive key (objects and arrays included: {@code multiValueHeaders}), and
 *       under {@code key} in {@code queryStringParameters} and {@code multiValueQueryStringParameters};</li>
 *   <li>inside a string holding JSON (API Gateway's {@code body}), which stays a string;</li>
 *   <li>inside a string holding a query string or form body ({@code rawQueryString},
 *       {@code a=1&password=x}, a URL with {@code ?token=...});</li>
 *   <li>inside a base64 {@code body} (with {@code "isBase64Encoded": true}), which stays base64.</li>
 * </ul>
 * Every decision comes from {@code MaskRules}, shared with {@link PlainMasking} (the same masking without Jackson).
 *
 * <pre>{@code
 * JsonNode safe = Masking.mask(JsonTrees.toTree(event), MaskingPolicy.DEFAULT);
 * }</pre>
 */
public final class Masking {
    /** What a masked value is replaced with. */
    public static final String MASK = "****";

    private Masking() {
    }

    /** Any value (POJO, map, JSON text) as a masked JSON tree. */
    public static JsonNode maskedTree(Object value, MaskingPolicy policy) {
        return mask(JsonTrees.toTree(value), policy);
    }

    /** A copy of {@code tree} with every secret the policy names replaced by {@value #MASK}. */
    public static JsonNode mask(JsonNode tree, MaskingPolicy policy) {
        return tree == null ? null : apply(MaskRules.item(kind(tree)), tree, policy);
    }

    private static JsonNode apply(MaskRules.Action action, JsonNode value, MaskingPolicy policy) {
        return switch (action) {
            case MASK -> text(Masking.MASK);
            case TEXT -> text(MaskRules.text(value.textValue(), policy));
            case BASE64_TEXT -> text(MaskRules.base64(value.textValue(), policy));
            case NESTED -> nested(value, policy, false);
            case NESTED_PARAMETERS -> nested(value, policy, true);
            case KEEP -> value;
        };
    }

    private static JsonNode nested(JsonNode tree, MaskingPolicy policy, boolean parameters) {
        if (tree instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            boolean base64 = MaskRules.isTrue(scalar(object.get("isBase64Encoded")));
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                copy.set(key, apply(MaskRules.member(key, kind(value), parameters, base64, policy), value, policy));
            }
            return copy;
        }
        ArrayNode copy = ((ArrayNode) tree).arrayNode(tree.size());
        for (JsonNode item : tree) {
            copy.add(apply(MaskRules.item(kind(item)), item, policy));
        }
        return copy;
    }

    private static MaskRules.Kind kind(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return MaskRules.Kind.NULL;
        }
        if (node.isTextual()) {
            return MaskRules.Kind.TEXT;
        }
        return node.isContainerNode() ? MaskRules.Kind.CONTAINER : MaskRules.Kind.SCALAR;
    }

    /** The value of a scalar node as the plain walker sees it (Boolean, String, Number), else null. */
    private static Object scalar(JsonNode node) {
        if (node == null || node.isContainerNode() || node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.textValue() : node.isBoolean() ? (Object) node.booleanValue() : node.numberValue();
    }

    private static JsonNode text(String text) {
        return JsonTrees.mapper().getNodeFactory().textNode(text);
    }
}
