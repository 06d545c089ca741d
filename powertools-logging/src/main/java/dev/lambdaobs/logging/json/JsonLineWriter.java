package dev.lambdaobs.logging.json;

import dev.lambdaobs.core.text.JsonStrings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.BiConsumer;

/**
 * A {@link JsonOut} into a {@link StringBuilder}: the line writer of the Logback backend and of the
 * Log4j2 backend's shipped layout. It escapes and cuts strings exactly as Log4j2's {@code JsonTemplateLayout} does: {@code "},
 * {@code \} and control characters escaped ({@code \b \t \n \f \r}, else {@code \}{@code u00XX}), all
 * other characters as they are; a string longer than {@code maxStringLength} chars keeps its first
 * {@code maxStringLength} and ends with the suffix. Not thread-safe: one per thread, reused per line.
 *
 * <pre>{@code
 * JsonLineWriter out = new JsonLineWriter(LogLimits.MAX_STRING_LENGTH, LogLimits.TRUNCATION_MARKER);
 * out.writeObjectStart(); out.writeObjectKey("k"); out.writeString("v"); out.writeObjectEnd();
 * }</pre>
 */
public final class JsonLineWriter implements JsonOut {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** A buffer grown past this many chars by a rare large line is let go by {@link #trim()}. */
    static final int RETAINED_CHARS = 64 * 1024;
    private static final int INITIAL_CHARS = 1024;

    private final int maxStringLength;
    private final String quotedSuffix;
    private final StringBuilder line = new StringBuilder(INITIAL_CHARS);
    private final StringBuilder scratch = new StringBuilder(256);

    /**
     * @param maxStringLength longest string written, in chars
     * @param truncatedSuffix what a cut string ends with
     */
    public JsonLineWriter(int maxStringLength, String truncatedSuffix) {
        if (maxStringLength < 1) {
            throw new IllegalArgumentException("maxStringLength must be at least 1: " + maxStringLength);
        }
        this.maxStringLength = maxStringLength;
        StringBuilder quoted = new StringBuilder();
        quote(quoted, truncatedSuffix, 0, truncatedSuffix.length());
        this.quotedSuffix = quoted.toString();
    }

    /** Empties the line for the next one. */
    public JsonLineWriter reset() {
        line.setLength(0);
        return this;
    }

    /** Lets go of a buffer a large line grew past {@link #RETAINED_CHARS}, so it does not stay pinned to a thread. */
    public void trim() {
        if (line.capacity() > RETAINED_CHARS) {
            line.setLength(0);
            line.trimToSize();
            line.ensureCapacity(INITIAL_CHARS);
        }
        if (scratch.capacity() > RETAINED_CHARS) {
            scratch.setLength(0);
            scratch.trimToSize();
            scratch.ensureCapacity(INITIAL_CHARS);
        }
    }

    @Override
    public void writeObjectStart() {
        line.append('{');
    }

    @Override
    public void writeObjectEnd() {
        line.append('}');
    }

    @Override
    public void writeArrayStart() {
        line.append('[');
    }

    @Override
    public void writeArrayEnd() {
        line.append(']');
    }

    @Override
    public void writeSeparator() {
        line.append(',');
    }

    @Override
    public void writeRawString(String text) {
        line.append(text);
    }

    @Override
    public void writeObjectKey(CharSequence key) {
        writeString(key);
        line.append(':');
    }

    @Override
    public void writeString(CharSequence text) {
        if (text == null) {
            writeNull();
            return;
        }
        line.append('"');
        int length = text.length();
        if (length <= maxStringLength) {
            quote(line, text, 0, length);
        } else {
            quote(line, text, 0, maxStringLength);
            line.append(quotedSuffix);
        }
        line.append('"');
    }

    @Override
    public <S> void writeString(BiConsumer<StringBuilder, S> emitter, S state) {
        scratch.setLength(0);
        try {
            emitter.accept(scratch, state);
            writeString(scratch);
        } finally {
            scratch.setLength(0);
        }
    }

    @Override
    public void writeNumber(long number) {
        line.append(number);
    }

    @Override
    public void writeNumber(double number) {
        line.append(number);
    }

    @Override
    public void writeNumber(BigDecimal number) {
        line.append(number);
    }

    @Override
    public void writeNumber(BigInteger number) {
        line.append(number);
    }

    @Override
    public void writeBoolean(boolean value) {
        line.append(value ? "true" : "false");
    }

    @Override
    public void writeNull() {
        line.append("null");
    }

    @Override
    public StringBuilder getStringBuilder() {
        return line;
    }

    private static void quote(StringBuilder out, CharSequence text, int from, int to) {
        int i = JsonStrings.firstToEscape(text, from, to);
        if (from == 0 && i == text.length()) {
            out.append(text); // the whole text, nothing to escape: one bulk copy (see JsonStrings.append)
            return;
        }
        out.append(text, from, i);
        for (; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
