package dev.lambdaobs.logging.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.text.SafeText;
import dev.lambdaobs.core.masking.JsonTrees;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes any value of a structured argument or ThreadContext entry as JSON. Never throws and always
 * leaves valid JSON: cycles become {@value #CYCLE}, nesting deeper than {@value #MAX_DEPTH} becomes
 * {@value #TOO_DEEP}, and an object neither Jackson nor its {@code toString()} can write becomes a
 * string naming its type. Strings are cut by the writer's longest string length. For backends; not for
 * direct use.
 */
public final class JsonValues {
    public static final String CYCLE = "<cycle>";
    public static final String TOO_DEEP = "<too deep>";
    public static final int MAX_DEPTH = 16;

    private JsonValues() {
    }

    /** Writes {@code value} as JSON; never throws. */
    public static void write(JsonOut writer, Object value) {
        write(writer, value, null, 0);
    }

    private static void write(JsonOut writer, Object value, Object[] parents, int depth) {
        if (value == null) {
            writer.writeNull();
        } else if (value instanceof String text) {
            writer.writeString(text);
        } else if (value instanceof Boolean bool) {
            writer.writeBoolean(bool);
        } else if (value instanceof Number number) {
            number(writer, number);
        } else if (value instanceof CharSequence || value instanceof Character || value instanceof Enum<?>) {
            writer.writeString(SafeText.of(value));
        } else if (value instanceof JsonNode node) {   // before Iterable: a JsonNode is one
            tree(writer, node, depth);
        } else if (value instanceof RawJson raw) {
            if (raw.valid()) {
                tree(writer, raw.tree(), depth);
            } else {
                writer.writeString(raw.text());
            }
        } else if (value instanceof Map<?, ?> || value instanceof Iterable<?> || value.getClass().isArray()) {
            container(writer, value, parents, depth);
        } else {
            pojo(writer, value, depth);
        }
    }

    private static void container(JsonOut writer, Object value, Object[] ancestors, int depth) {
        // Allocated only when a container is written: plain values stay garbage-free.
        Object[] parents = ancestors != null ? ancestors : new Object[MAX_DEPTH];
        for (int i = 0; i < depth; i++) {
            if (parents[i] == value) {
                writer.writeString(CYCLE);
                return;
            }
        }
        if (depth >= MAX_DEPTH) {
            writer.writeString(TOO_DEEP);
            return;
        }
        parents[depth] = value;
        StringBuilder out = writer.getStringBuilder();
        int start = out.length();
        try {
            if (value instanceof Map<?, ?> map) {
                writer.writeObjectStart();
                boolean sep = false;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    JsonKeys.userKey(writer, sep, SafeText.of(entry.getKey()));
                    write(writer, entry.getValue(), parents, depth + 1);
                    sep = true;
                }
                writer.writeObjectEnd();
            } else {
                writer.writeArrayStart();
                Iterator<?> items = value instanceof Iterable<?> iterable ? iterable.iterator() : null;
                int length = items == null ? Array.getLength(value) : -1;
                for (int i = 0; items != null ? items.hasNext() : i < length; i++) {
                    if (i > 0) {
                        writer.writeSeparator();
                    }
                    write(writer, items != null ? items.next() : Array.get(value, i), parents, depth + 1);
                }
                writer.writeArrayEnd();
            }
        } catch (RuntimeException e) {
            // A collection that fails while being iterated (concurrent change, broken iterator).
            out.setLength(start);
            writer.writeString("<" + value.getClass().getName() + " could not be written: " + e.getClass().getName() + ">");
        } finally {
            parents[depth] = null;
        }
    }

    private static void number(JsonOut writer, Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            writer.writeNumber(number.longValue());
        } else if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isFinite(d)) {
                writer.writeNumber(d);
            } else {
                writer.writeString(String.valueOf(d));   // NaN and infinities are not JSON numbers
            }
        } else if (number instanceof BigDecimal decimal) {
            writer.writeNumber(decimal);
        } else if (number instanceof BigInteger integer) {
            writer.writeNumber(integer);
        } else {
            writer.writeString(SafeText.of(number));
        }
    }

    private static void tree(JsonOut writer, JsonNode node, int depth) {
        if (depth >= MAX_DEPTH && node.isContainerNode()) {
            writer.writeString(TOO_DEEP);
        } else if (node.isObject()) {
            writer.writeObjectStart();
            boolean sep = false;
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); sep = true) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonKeys.userKey(writer, sep, field.getKey());
                tree(writer, field.getValue(), depth + 1);
            }
            writer.writeObjectEnd();
        } else if (node.isArray()) {
            writer.writeArrayStart();
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    writer.writeSeparator();
                }
                tree(writer, node.get(i), depth + 1);
            }
            writer.writeArrayEnd();
        } else if (node.isNumber()) {
            number(writer, node.numberValue());
        } else if (node.isBoolean()) {
            writer.writeBoolean(node.booleanValue());
        } else if (node.isNull() || node.isMissingNode()) {
            writer.writeNull();
        } else {
            writer.writeString(node.asText());
        }
    }

    private static void pojo(JsonOut writer, Object value, int depth) {
        JsonNode tree;
        try {
            tree = JsonTrees.mapper().valueToTree(value);
        } catch (RuntimeException | StackOverflowError e) {
            // Cyclic or otherwise unserializable bean: fall back to its text.
            writer.writeString(SafeText.of(value));
            return;
        }
        if (tree.isObject() && tree.isEmpty()) {
            writer.writeString(SafeText.of(value));   // no bean properties: its text says more than {}
            return;
        }
        tree(writer, tree, depth);
    }
}
