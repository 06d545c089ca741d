package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds CloudFormation values: literals and intrinsic functions.
 *
 * <pre>{@code
 * Intrinsics.getAtt("Orders", "QueueName"); // {"Fn::GetAtt":["Orders","QueueName"]}
 * }</pre>
 */
public final class Intrinsics {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Intrinsics() {
    }

    public static JsonNode text(String value) {
        return JSON.textNode(value);
    }

    public static JsonNode ref(String logicalIdOrPseudo) {
        return JSON.objectNode().put("Ref", logicalIdOrPseudo);
    }

    public static JsonNode getAtt(String logicalId, String attribute) {
        ObjectNode node = JSON.objectNode();
        node.putArray("Fn::GetAtt").add(logicalId).add(attribute);
        return node;
    }

    public static JsonNode sub(String template) {
        return JSON.objectNode().put("Fn::Sub", template);
    }

    /** {@code Fn::Select [index, Fn::Split [delimiter, value]]}. */
    public static JsonNode selectSplit(int index, String delimiter, JsonNode value) {
        ObjectNode split = JSON.objectNode();
        split.putArray("Fn::Split").add(delimiter).add(value);
        ObjectNode select = JSON.objectNode();
        ArrayNode args = select.putArray("Fn::Select");
        args.add(index).add(split);
        return select;
    }

    /** True when the value is a plain string, not an intrinsic function. */
    public static boolean isLiteral(JsonNode value) {
        return value.isTextual() || value.isNumber();
    }
}
