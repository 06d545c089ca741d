package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.template.Intrinsics;

/** Joins a literal prefix with a CloudFormation value, keeping the result a single value. */
final class SubText {
    private SubText() {
    }

    /** {@code prefix + value} as a literal, an {@code Fn::Sub}, or a {@code Fn::Join} for other functions. */
    static JsonNode concat(String prefix, JsonNode value) {
        if (Intrinsics.isLiteral(value)) {
            return Intrinsics.text(prefix + value.asText());
        }
        if (value.path("Ref").isTextual()) {
            return Intrinsics.sub(escape(prefix) + "${" + value.get("Ref").asText() + "}");
        }
        if (value.path("Fn::Sub").isTextual()) {
            return Intrinsics.sub(escape(prefix) + value.get("Fn::Sub").asText());
        }
        com.fasterxml.jackson.databind.node.ObjectNode join = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        join.putArray("Fn::Join").add("").addArray().add(prefix).add(value);
        return join;
    }

    private static String escape(String literal) {
        return literal.replace("${", "${!");
    }
}
