package dev.lambdaobs.core.text;

import java.util.List;
import java.util.Map;

/**
 * Writes plain values (maps, lists, strings, numbers, booleans, null) as compact JSON text, as Jackson
 * writes the same values: numbers and booleans by their {@code toString()}, map members in the map's
 * order. The one writer of such values for the modules that write JSON without a JSON library (core's
 * masking, the metrics module's EMF documents). A non-finite double or float becomes the JSON string of
 * its {@code toString()} (Jackson would write a bare {@code NaN}, which is not JSON); any other object
 * the JSON string of {@link SafeText#of}.
 *
 * <pre>{@code
 * PlainJson.write(Map.of("ids", List.of(1, 2)));   // {"ids":[1,2]}
 * }</pre>
 */
public final class PlainJson {
    private PlainJson() {
    }

    /** {@code value} as JSON text. */
    public static String write(Object value) {
        return append(new StringBuilder(), value).toString();
    }

    /** Appends {@code value} to {@code out} as JSON text. */
    public static StringBuilder append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            JsonStrings.append(out, text);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                first = comma(out, first);
                JsonStrings.append(out, SafeText.of(member.getKey()));
                out.append(':');
                append(out, member.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                first = comma(out, first);
                append(out, item);
            }
            out.append(']');
        } else if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            JsonStrings.append(out, value.toString());
        } else if (value instanceof Boolean || value instanceof Number) {
            // Their toString() is their JSON text.
            out.append(value);
        } else {
            JsonStrings.append(out, SafeText.of(value));
        }
        return out;
    }

    private static boolean comma(StringBuilder out, boolean first) {
        if (!first) {
            out.append(',');
        }
        return false;
    }
}
