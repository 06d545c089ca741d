package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.input.LocatedDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code Fn::ForEach} loops of the {@code AWS::LanguageExtensions} transform in {@code Resources}, unrolled as the
 * transform unrolls them, so the resources they make are monitored like any other. A loop over a literal list is
 * replaced by its resources (the deployed stack is the same: the transform would unroll it first); a loop over a
 * {@code Ref} to a {@code CommaDelimitedList} parameter is known only at deploy, so it is kept as written and its
 * resources are not monitored ({@link Expanded#unknown}). Lines of unrolled resources are those of the loop's fragment.
 *
 * <pre>{@code
 * // Fn::ForEach::Queues: [Name, [Orders, Refunds], {"${Name}Queue": {Type: AWS::SQS::Queue}}]
 * ForEachLoops.expand(document).document().root().path("Resources"); // OrdersQueue, RefundsQueue
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-foreach.html">Fn::ForEach</a>
 */
final class ForEachLoops {
    static final String PREFIX = "Fn::ForEach::";
    static final String TRANSFORM = "AWS::LanguageExtensions";

    /**
     * @param document the template with its literal loops unrolled
     * @param unknown  one line per loop kept as written, naming it, its place and why
     */
    record Expanded(LocatedDocument document, List<String> unknown) {
    }

    private ForEachLoops() {
    }

    static Expanded expand(LocatedDocument document) {
        JsonNode resources = document.root().path("Resources");
        boolean loops = resources.isObject() && iterable(resources.fieldNames()).stream().anyMatch(k -> k.startsWith(PREFIX));
        if (!loops) {
            return new Expanded(document, List.of());
        }
        if (!declaresTransform(document.root().get("Transform"))) {
            String first = iterable(resources.fieldNames()).stream().filter(k -> k.startsWith(PREFIX)).findFirst().orElseThrow();
            throw new BadInputException(document.locationOf(LocatedDocument.child("/Resources", first)),
                    "resource " + first + ": Fn::ForEach needs Transform: " + TRANSFORM + " (CloudFormation refuses it without)");
        }
        Map<String, Integer> lines = new HashMap<>(document.lines());
        List<String> unknown = new ArrayList<>();
        ObjectNode unrolled = JsonNodeFactory.instance.objectNode();
        new Unroller(document, lines, unknown, unrolled).entries((ObjectNode) resources, "/Resources", Map.of());
        ObjectNode root = ((ObjectNode) document.root()).deepCopy();
        root.set("Resources", unrolled);
        return new Expanded(new LocatedDocument(document.file(), root, lines, document.duplicates()), unknown);
    }

    private static boolean declaresTransform(JsonNode transform) {
        if (transform == null) {
            return false;
        }
        return transform.isArray() ? iterable(transform.elements()).stream().anyMatch(t -> TRANSFORM.equals(t.asText()))
                : TRANSFORM.equals(transform.asText());
    }

    private static <T> List<T> iterable(Iterator<T> items) {
        List<T> list = new ArrayList<>();
        items.forEachRemaining(list::add);
        return list;
    }

    /** A loop whose collection is known only at deploy: the outermost loop around it is kept as written. */
    private static final class DeployTimeCollection extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient JsonNode collection;

        DeployTimeCollection(JsonNode collection) {
            super(null, null, false, false);
            this.collection = collection;
        }
    }

    /** Unrolls one mapping's entries into {@code into}, with the loop identifiers bound so far. */
    private record Unroller(LocatedDocument document, Map<String, Integer> lines, List<String> unknown, ObjectNode into) {
        void entries(ObjectNode entries, String pointer, Map<String, String> bound) {
            entries.fields().forEachRemaining(entry -> {
                String key = entry.getKey();
                String at = LocatedDocument.child(pointer, key);
                if (key.startsWith(PREFIX)) {
                    loop(key, entry.getValue(), at, bound);
                    return;
                }
                String id = substitute(key, bound);
                if (into.has(id)) {
                    throw new BadInputException(document.locationOf(at), "resource " + id
                            + " is defined twice once Fn::ForEach is unrolled; each logical id must be unique");
                }
                into.set(id, substituteAll(entry.getValue(), bound));
                if (!bound.isEmpty()) {
                    relocate(at, LocatedDocument.child("/Resources", id));
                }
            });
        }

        private void loop(String name, JsonNode loop, String at, Map<String, String> bound) {
            if (!loop.isArray() || loop.size() != 3 || !loop.get(0).isTextual() || !loop.get(2).isObject()) {
                throw new BadInputException(document.locationOf(at), "resource " + name
                        + ": expected [Identifier, Collection, {OutputKey: OutputValue}] (Fn::ForEach)");
            }
            if (!bound.isEmpty()) {
                unroll(loop, at, bound, this);
                return;
            }
            Unroller outermost = new Unroller(document, lines, unknown, JsonNodeFactory.instance.objectNode());
            try {
                unroll(loop, at, bound, outermost);
            } catch (DeployTimeCollection e) {
                unknown.add(name + " (" + document.locationOf(at) + "): its collection " + e.collection
                        + " is known only at deploy, so the resources it makes are not monitored");
                into.set(name, loop.deepCopy());
                return;
            }
            outermost.into().fields().forEachRemaining(made -> {
                if (into.has(made.getKey())) {
                    throw new BadInputException(document.locationOf(at), "resource " + made.getKey()
                            + " is defined twice once Fn::ForEach is unrolled; each logical id must be unique");
                }
                into.set(made.getKey(), made.getValue());
            });
        }

        private static void unroll(JsonNode loop, String at, Map<String, String> bound, Unroller target) {
            JsonNode collection = substituteAll(loop.get(1), bound);
            if (!collection.isArray() || !iterable(collection.elements()).stream().allMatch(JsonNode::isValueNode)) {
                throw new DeployTimeCollection(collection);
            }
            String identifier = loop.get(0).asText();
            for (JsonNode item : collection) {
                Map<String, String> inner = new HashMap<>(bound);
                inner.put(identifier, item.asText());
                target.entries((ObjectNode) loop.get(2), at + "/2", inner);
            }
        }

        /** Every line under {@code from} is also the line of the same node under {@code to}. */
        private void relocate(String from, String to) {
            document.lines().forEach((pointer, line) -> {
                if (pointer.equals(from) || pointer.startsWith(from + "/")) {
                    lines.put(to + pointer.substring(from.length()), line);
                }
            });
        }
    }

    /** {@code ${Id}} becomes the item, {@code &{Id}} the item without its non-alphanumeric characters. */
    private static String substitute(String text, Map<String, String> bound) {
        String result = text;
        for (Map.Entry<String, String> binding : bound.entrySet()) {
            result = result.replace("${" + binding.getKey() + "}", binding.getValue())
                    .replace("&{" + binding.getKey() + "}", binding.getValue().replaceAll("[^A-Za-z0-9]", ""));
        }
        return result;
    }

    /** A copy of {@code value} with the identifiers replaced in keys and strings, and {@code Ref Id} by the item. */
    private static JsonNode substituteAll(JsonNode value, Map<String, String> bound) {
        if (bound.isEmpty()) {
            return value.deepCopy();
        }
        if (value.isTextual()) {
            return TextNode.valueOf(substitute(value.asText(), bound));
        }
        if (value instanceof ObjectNode object) {
            if (object.size() == 1 && object.path("Ref").isTextual() && bound.containsKey(object.get("Ref").asText())) {
                return TextNode.valueOf(bound.get(object.get("Ref").asText()));
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            object.fields().forEachRemaining(field -> copy.set(substitute(field.getKey(), bound), substituteAll(field.getValue(), bound)));
            return copy;
        }
        if (value instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.forEach(item -> copy.add(substituteAll(item, bound)));
            return copy;
        }
        return value.deepCopy();
    }
}
