package dev.lambdaobs.core.text;

/**
 * Writes a JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. The one
 * escaper of the JSON that modules write without a JSON library (core's masking, the otel backend's metadata).
 *
 * <pre>{@code
 * JsonStrings.append(out, "a \"b\"\n");   // appends "a \"b\"\n" with the quotes and escapes
 * }</pre>
 */
public final class JsonStrings {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonStrings() {
    }

    /** Appends {@code text} to {@code out} as a quoted, escaped JSON string. */
    public static StringBuilder append(StringBuilder out, CharSequence text) {
        out.append('"');
        int length = text.length();
        int i = firstToEscape(text, 0, length);
        if (i == length) {
            // Nothing to escape (the usual case): one bulk copy instead of an append per char, which costs
            // several times more in the C1-compiled code Lambda runs (TieredStopAtLevel=1).
            return out.append(text).append('"');
        }
        out.append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /**
     * The index of the first char of {@code text[from .. to)} that a JSON string must escape (a quote, a
     * backslash or a control character), or {@code to} when there is none.
     */
    public static int firstToEscape(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return i;
            }
        }
        return to;
    }
}
