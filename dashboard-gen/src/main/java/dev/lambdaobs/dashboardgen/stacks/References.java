package dev.lambdaobs.dashboardgen.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** {@code ${...}} but not the escaped {@code ${!...}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(?!!)([^}]+)}");

    /** A reference: a logical id, parameter or pseudo parameter, and the attribute for {@code GetAtt} (null for {@code Ref}). */
    record Target(String id, String attribute) {
        static Target parse(String dotted) {
            int dot = dotted.indexOf('.');
            return dot < 0 || dotted.startsWith("AWS::") ? new Target(dotted, null)
                    : new Target(dotted.substring(0, dot), dotted.substring(dot + 1));
        }
    }

    private References() {
    }

    /** Every reference in the value, in order of appearance. */
    static Set<Target> targets(JsonNode value) {
        Set<Target> found = new LinkedHashSet<>();
        rewrite(value, (target, unused) -> {
            found.add(target);
            return Optional.empty();
        });
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
        Matcher matcher = PLACEHOLDER.matcher(text);
        int next = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            Optional<JsonNode> replacement = local.contains(name) ? Optional.empty() : resolver.apply(Target.parse(name), true);
            String kept = matcher.group();
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
            out.append(text, next, matcher.start()).append(kept);
            next = matcher.end();
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

    private static void collectConditions(JsonNode value, Set<String> found) {
        if (value instanceof ObjectNode object && object.path("Fn::If").path(0).isTextual()) {
            found.add(object.get("Fn::If").get(0).asText());
        }
        value.forEach(child -> collectConditions(child, found));
    }
}
