package dev.lambdaobs.core.masking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
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
        return mask(tree, policy, false);
    }

    /** {@code parameters}: the object holds query-string parameters, where {@code key} is a secret too. */
    private static JsonNode mask(JsonNode tree, MaskingPolicy policy, boolean parameters) {
        if (tree instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            boolean base64 = object.path("isBase64Encoded").asBoolean(false);
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                boolean sensitive = parameters ? policy.isSensitiveParameter(key) : policy.isSensitive(key);
                if (sensitive && !value.isNull()) {
                    copy.put(key, MASK);
                } else if (value.isTextual()) {
                    copy.put(key, base64 && key.equals("body") ? maskBase64(value.textValue(), policy)
                            : maskText(value.textValue(), policy));
                } else {
                    copy.set(key, mask(value, policy, key.toLowerCase(Locale.ROOT).endsWith("querystringparameters")));
                }
            }
            return copy;
        }
        if (tree instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode(array.size());
            for (JsonNode item : array) {
                copy.add(item.isTextual() ? copy.textNode(maskText(item.textValue(), policy)) : mask(item, policy));
            }
            return copy;
        }
        if (tree != null && tree.isTextual()) {
            return JsonTrees.mapper().getNodeFactory().textNode(maskText(tree.textValue(), policy));
        }
        return tree;
    }

    /** A string value: JSON inside is masked and written back as text; so are query strings and form bodies. */
    static String maskText(String text, MaskingPolicy policy) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode parsed = JsonTrees.mapper().readTree(trimmed);
                JsonNode masked = mask(parsed, policy);
                return masked.equals(parsed) ? text : JsonTrees.mapper().writeValueAsString(masked);
            } catch (IOException | RuntimeException e) {
                return TextMasking.mask(text, policy);
            }
        }
        return Parameters.looksLike(text) ? Parameters.mask(text, policy) : TextMasking.mask(text, policy);
    }

    private static String maskBase64(String text, MaskingPolicy policy) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return maskText(text, policy);
        }
        String masked = maskText(decoded, policy);
        return masked.equals(decoded) ? text : Base64.getEncoder().encodeToString(masked.getBytes(StandardCharsets.UTF_8));
    }
}
