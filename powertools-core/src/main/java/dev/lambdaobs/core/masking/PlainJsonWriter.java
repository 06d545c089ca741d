package dev.lambdaobs.core.masking;

import dev.lambdaobs.core.text.JsonStrings;
import java.util.List;
import java.util.Map;

/**
 * Writes the plain values {@link PlainJsonReader} and {@link PlainTrees} make (maps, lists, strings,
 * numbers, booleans, null) as compact JSON text, as Jackson writes the same tree.
 */
final class PlainJsonWriter {
    private PlainJsonWriter() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        value(out, value);
        return out.toString();
    }

    private static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            JsonStrings.append(out, text);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                first = comma(out, first);
                JsonStrings.append(out, String.valueOf(member.getKey()));
                out.append(':');
                value(out, member.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                first = comma(out, first);
                value(out, item);
            }
            out.append(']');
        } else if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            JsonStrings.append(out, value.toString());
        } else {
            // Boolean and Number: their toString() is their JSON text.
            out.append(value);
        }
    }

    private static boolean comma(StringBuilder out, boolean first) {
        if (!first) {
            out.append(',');
        }
        return false;
    }
}
