package dev.lambdaobs.dashboardgen.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Finds and replaces what a CloudFormation value refers to: {@code Ref}, {@code Fn::GetAtt} (list or dotted form),
 * the {@code ${Id}} / {@code ${Id.Attr}} placeholders of {@code Fn::Sub}, and the conditions {@code Fn::If} names.
 * A replaced placeholder becomes a variable of the {@code Fn::Sub}, so any replacement value works.
 *
 * <pre>{@code
 * JsonNode moved = References.rewrite(value, (id, attribute) -> Optional.of(Intrinsics.ref("P")));
 * }</pre>
 */
final class References {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A reference: a logical id, parameter or pseudo parameter, and the attribute for {@code GetAtt} (null for {@code Ref}). */
    record Target(String id, String attribute) {
        static Target parse(String dotted) {
            int dot = dotted.indexOf('.');
            return dot < 0 || dotted.startsWith("AWS::") ? new Target(dotted, null)
                    : new Target(dotted.substring(0, dot), dotted.substring(dot + 1));
        }

        /**
         * The record's equality, written out: the generated equals and hashCode link through {@code ObjectMethods} at
         * first use, spinning method-handle classes CDS cannot archive (milliseconds a record at start, issue 19).
         */
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Target target && Objects.equals(id, target.id) && Objects.equals(attribute, target.attribute);
        }

        /** The record's hash, as the generated one combines it (hash-ordered collections keep their order). */
        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(id) + Objects.hashCode(attribute);
        }
    }

    private References() {
    }

    /** Every reference in the value, in the order {@link #rewrite} meets them; reads the value without copying it. */
    static Set<Target> targets(JsonNode value) {
        Set<Target> found = new LinkedHashSet<>();
        collectTargets(value, found);
        return found;
    }

    /** Every condition the value names in {@code Fn::If}. */
    static Set<String> conditions(JsonNode value) {
        Set<String> found = new LinkedHashSet<>();
        collectConditions(value, found);
        return found;
    }

    /**
     * A copy of the value with each reference the resolver answers replaced by its answer.
     *
     * @param resolver target and whether it sits in an {@code Fn::Sub} text; empty keeps the reference
     */
    static JsonNode rewrite(JsonNode value, BiFunction<Target, Boolean, Optional<JsonNode>> resolver) {
        if (value instanceof ArrayNode array) {
            ArrayNode copy = JSON.arrayNode();
            array.forEach(item -> copy.add(rewrite(item, resolver)));
            return copy;
        }
        if (!(value instanceof ObjectNode object)) {
            return value.deepCopy();
        }
        if (object.size() == 1 && object.path("Ref").isTextual()) {
            return resolver.apply(new Target(object.get("Ref").asText(), null), false).orElseGet(object::deepCopy);
        }
        if (object.size() == 1 && object.has("Fn::GetAtt")) {
            JsonNode getAtt = object.get("Fn::GetAtt");
            Target target = getAtt.isTextual() ? Target.parse(getAtt.asText())
                    : new Target(getAtt.path(0).asText(), getAtt.path(1).isTextual() ? getAtt.path(1).asText() : null);
            return target.attribute() == null ? object.deepCopy() : resolver.apply(target, false).orElseGet(object::deepCopy);
        }
        if (object.size() == 1 && object.has("Fn::Sub")) {
            return sub(object.get("Fn::Sub"), resolver);
        }
        ObjectNode copy = JSON.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            copy.set(field.getKey(), rewrite(field.getValue(), resolver));
        }
        return copy;
    }

    private static JsonNode sub(JsonNode sub, BiFunction<Target, Boolean, Optional<JsonNode>> resolver) {
        String text = sub.isTextual() ? sub.asText() : sub.path(0).asText();
        ObjectNode variables = JSON.objectNode();
        if (sub.isArray() && sub.path(1) instanceof ObjectNode own) {
            own.fields().forEachRemaining(v -> variables.set(v.getKey(), rewrite(v.getValue(), resolver)));
        }
        Set<String> local = new LinkedHashSet<>();
        variables.fieldNames().forEachRemaining(local::add);
        // One variable per distinct value: a dashboard names each function in many widgets.
        Map<JsonNode, String> named = new java.util.HashMap<>();
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int[] at = placeholder(text, 0); at != null; at = placeholder(text, at[1])) {
            String name = text.substring(at[0] + 2, at[1] - 1);
            Optional<JsonNode> replacement = local.contains(name) ? Optional.empty() : resolver.apply(Target.parse(name), true);
            String kept = text.substring(at[0], at[1]);
            if (replacement.isPresent() && replacement.get().size() == 1 && replacement.get().path("Ref").isTextual()) {
                // Fn::Sub reads parameters by name: ${Parameter} needs no variable.
                kept = "${" + replacement.get().get("Ref").asText() + "}";
            } else if (replacement.isPresent()) {
                String variable = named.computeIfAbsent(replacement.get(), value -> {
                    String fresh = "LambdaobsV" + variables.size();
                    variables.set(fresh, value);
                    return fresh;
                });
                kept = "${" + variable + "}";
            }
            out.append(text, next, at[0]).append(kept);
            next = at[1];
        }
        out.append(text.substring(next));
        ObjectNode node = JSON.objectNode();
        if (variables.isEmpty()) {
            node.put("Fn::Sub", out.toString());
        } else {
            node.putArray("Fn::Sub").add(out.toString()).add(variables);
        }
        return node;
    }

    /**
     * The next {@code ${...}} from an index, not the escaped {@code ${!...}}: its start and end (after the brace), or
     * null: the dollar and opening brace, a first character other than the exclamation mark, up to the first closing
     * brace, at least one character inside. A scan with {@code indexOf}: a regular expression's per-character cost
     * showed on the megabytes of dashboard bodies a large service's nested stacks rewrite.
     */
    private static int[] placeholder(String text, int from) {
        for (int start = text.indexOf("${", from); start >= 0; start = text.indexOf("${", start + 1)) {
            int close = text.indexOf('}', start + 2);
            if (close < 0) {
                return null;
            }
            if (close > start + 2 && text.charAt(start + 2) != '!') {
                return new int[] {start, close + 1};
            }
        }
        return null;
    }

    /** What {@link #rewrite} passes its resolver, in the same order. */
    private static void collectTargets(JsonNode value, Set<Target> found) {
        if (value instanceof ArrayNode array) {
            array.forEach(item -> collectTargets(item, found));
            return;
        }
        if (!(value instanceof ObjectNode object)) {
            return;
        }
        if (object.size() == 1 && object.path("Ref").isTextual()) {
            found.add(new Target(object.get("Ref").asText(), null));
        } else if (object.size() == 1 && object.has("Fn::GetAtt")) {
            JsonNode getAtt = object.get("Fn::GetAtt");
            Target target = getAtt.isTextual() ? Target.parse(getAtt.asText())
                    : new Target(getAtt.path(0).asText(), getAtt.path(1).isTextual() ? getAtt.path(1).asText() : null);
            if (target.attribute() != null) {
                found.add(target);
            }
        } else if (object.size() == 1 && object.has("Fn::Sub")) {
            JsonNode sub = object.get("Fn::Sub");
            String text = sub.isTextual() ? sub.asText() : sub.path(0).asText();
            Set<String> local = new HashSet<>();
            if (sub.isArray() && sub.path(1) instanceof ObjectNode own) {
                own.fields().forEachRemaining(v -> {
                    local.add(v.getKey());
                    collectTargets(v.getValue(), found);
                });
            }
            for (int[] at = placeholder(text, 0); at != null; at = placeholder(text, at[1])) {
                String name = text.substring(at[0] + 2, at[1] - 1);
                if (!local.contains(name)) {
                    found.add(Target.parse(name));
                }
            }
        } else {
            object.elements().forEachRemaining(child -> collectTargets(child, found));
        }
    }

    private static void collectConditions(JsonNode value, Set<String> found) {
        if (value instanceof ObjectNode object && object.path("Fn::If").path(0).isTextual()) {
            found.add(object.get("Fn::If").get(0).asText());
        }
        value.forEach(child -> collectConditions(child, found));
    }
}
