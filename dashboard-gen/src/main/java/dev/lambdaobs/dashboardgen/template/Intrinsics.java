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

    /** {@code Ref AWS::NoValue}: inside {@code Fn::If}, removes the property or list element. */
    public static JsonNode noValue() {
        return ref("AWS::NoValue");
    }

    /**
     * {@code Fn::If [condition, value, otherwise]}, or {@code value} itself when there is no condition or it is a
     * literal (a literal refers to no resource that might not exist).
     *
     * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-conditions.html#intrinsic-function-reference-conditions-if">Fn::If</a>
     */
    public static JsonNode ifCondition(java.util.Optional<String> condition, JsonNode value, JsonNode otherwise) {
        if (condition.isEmpty() || isLiteral(value)) {
            return value;
        }
        ObjectNode node = JSON.objectNode();
        node.putArray("Fn::If").add(condition.get()).add(value).add(otherwise);
        return node;
    }

    /** True when the value is a plain string, not an intrinsic function. */
    public static boolean isLiteral(JsonNode value) {
        return value.isTextual() || value.isNumber();
    }
}
