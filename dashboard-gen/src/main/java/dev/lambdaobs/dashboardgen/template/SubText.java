package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Joins a literal prefix with a CloudFormation value, keeping the result a single value.
 *
 * <pre>{@code
 * SubText.concat("/aws/lambda/", Intrinsics.ref("Orders")); // {"Fn::Sub": "/aws/lambda/${Orders}"}
 * }</pre>
 */
public final class SubText {
    private SubText() {
    }

    /** {@code prefix + value} as a literal, an {@code Fn::Sub}, or a {@code Fn::Join} for other functions. */
    public static JsonNode concat(String prefix, JsonNode value) {
        if (Intrinsics.isLiteral(value)) {
            return Intrinsics.text(prefix + value.asText());
        }
        if (value.path("Ref").isTextual()) {
            return Intrinsics.sub(escape(prefix) + "${" + value.get("Ref").asText() + "}");
        }
        if (value.path("Fn::Sub").isTextual()) {
            return Intrinsics.sub(escape(prefix) + value.get("Fn::Sub").asText());
        }
        ObjectNode join = JsonNodeFactory.instance.objectNode();
        join.putArray("Fn::Join").add("").addArray().add(prefix).add(value);
        return join;
    }

    /**
     * The value as {@code Fn::Sub} text, so two spellings of one name compare equal: a literal,
     * {@code Ref}, two-part {@code GetAtt}, a {@code Fn::Sub} string without a variable map, or a
     * {@code Fn::Join} of those. Empty for anything else (conditions, imports, lookups).
     */
    public static Optional<String> asSub(JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        if (Intrinsics.isLiteral(value)) {
            return Optional.of(escape(value.asText()));
        }
        if (!value.isObject() || value.size() != 1) {
            return Optional.empty();
        }
        if (value.path("Ref").isTextual()) {
            return Optional.of("${" + value.get("Ref").asText() + "}");
        }
        if (value.path("Fn::Sub").isTextual()) {
            return Optional.of(value.get("Fn::Sub").asText());
        }
        JsonNode getAtt = value.path("Fn::GetAtt");
        if (getAtt.isArray() && getAtt.size() == 2) {
            return Optional.of("${" + getAtt.get(0).asText() + "." + getAtt.get(1).asText() + "}");
        }
        JsonNode join = value.path("Fn::Join");
        if (join.isArray() && join.size() == 2 && join.get(0).isTextual() && join.get(1).isArray()) {
            StringJoiner text = new StringJoiner(escape(join.get(0).asText()));
            for (JsonNode part : join.get(1)) {
                Optional<String> sub = asSub(part);
                if (sub.isEmpty()) {
                    return Optional.empty();
                }
                text.add(sub.get());
            }
            return Optional.of(text.toString());
        }
        return Optional.empty();
    }

    private static String escape(String literal) {
        return literal.replace("${", "${!");
    }
}
