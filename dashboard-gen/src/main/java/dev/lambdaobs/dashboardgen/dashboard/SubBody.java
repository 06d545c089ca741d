package dev.lambdaobs.dashboardgen.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Places CloudFormation values inside a text that becomes an {@code Fn::Sub}: a dashboard body or a
 * query. Refs and GetAtts become {@code ${Id}} / {@code ${Id.Attr}}, literals are escaped, other
 * functions become numbered variables.
 *
 * <pre>{@code
 * SubBody sub = new SubBody();
 * String name = sub.embed(Intrinsics.ref("OrdersFunction"));  // "${OrdersFunction}"
 * JsonNode body = sub.wrap("{\"title\":\"" + name + "\"}");    // {"Fn::Sub": ...}
 * }</pre>
 */
public final class SubBody {
    public static final String REGION = "${AWS::Region}";
    public static final String PARTITION = "${AWS::Partition}";
    public static final String ACCOUNT = "${AWS::AccountId}";

    private final Map<String, JsonNode> variables = new LinkedHashMap<>();
    private final Map<JsonNode, String> byValue = new LinkedHashMap<>();

    /** The text that evaluates to {@code value} inside the Sub string. */
    public String embed(JsonNode value) {
        if (value.isTextual() || value.isNumber()) {
            return literal(value.asText());
        }
        if (value.size() == 1 && value.path("Ref").isTextual()) {
            return "${" + value.get("Ref").asText() + "}";
        }
        JsonNode getAtt = value.path("Fn::GetAtt");
        if (value.size() == 1 && getAtt.isArray() && getAtt.size() == 2 && getAtt.get(1).isTextual()) {
            return "${" + getAtt.get(0).asText() + "." + getAtt.get(1).asText() + "}";
        }
        if (value.size() == 1 && value.path("Fn::Sub").isTextual()) {
            return value.get("Fn::Sub").asText();
        }
        return "${" + byValue.computeIfAbsent(value, v -> {
            String name = "Value" + (variables.size() + 1);
            variables.put(name, v.deepCopy());
            return name;
        }) + "}";
    }

    /** Escapes <code>${</code> in plain text so Fn::Sub leaves it alone. */
    public static String literal(String text) {
        return text.replace("${", "${!");
    }

    /** The Sub for {@code text}: with a variable map only when needed. */
    public JsonNode wrap(String text) {
        ObjectNode sub = JsonNodeFactory.instance.objectNode();
        if (variables.isEmpty()) {
            return sub.put("Fn::Sub", text);
        }
        ObjectNode map = JsonNodeFactory.instance.objectNode();
        variables.forEach(map::set);
        sub.putArray("Fn::Sub").add(text).add(map);
        return sub;
    }

    /** The variables added so far (for files written next to the template). */
    public Map<String, JsonNode> variables() {
        return Map.copyOf(variables);
    }
}
