package dev.lambdaobs.core.masking;

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
            string(out, text);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                first = comma(out, first);
                string(out, String.valueOf(member.getKey()));
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
            string(out, value.toString());
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

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
