package dev.lambdaobs.tracing.otel;

/**
 * The text fields of a {@link ProtoWriter}: strings as UTF-8 and hex ids as bytes, encoded straight into the
 * writer's buffer, so that encoding a span allocates nothing once the buffers have grown. ASCII, nearly all
 * the text of a span, is written in one pass; other text is measured first.
 */
final class ProtoText {
    /** The value of each hex digit, by its ASCII code. */
    private static final byte[] HEX_VALUES = new byte[128];

    static {
        for (int digit = 0; digit < 16; digit++) {
            HEX_VALUES[Character.forDigit(digit, 16)] = (byte) digit;
            HEX_VALUES[Character.toUpperCase(Character.forDigit(digit, 16))] = (byte) digit;
        }
    }

    private ProtoText() {
    }

    /**
     * {@code value} as UTF-8, field {@code field}: the bytes {@code value.getBytes(UTF_8)} would give, without that
     * array. The characters are read in one copy into the writer's scratch array: {@code charAt} is a call with its
     * own index check per character in the C1-compiled code Lambda runs.
     */
    static void utf8(ProtoWriter writer, int field, String value) {
        int start = writer.size;
        // Most strings are ASCII, one byte per character: written in one pass, measured only when they are not.
        if (ascii(writer, field, value)) {
            return;
        }
        writer.size = start;
        int chars = value.length();
        char[] text = writer.scratch;
        writer.reserveField(field, utf8Length(text, chars));
        byte[] out = writer.buffer;
        int at = writer.size;
        for (int i = 0; i < chars; i++) {
            char c = text[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (isPair(text, chars, i)) {
                int codePoint = Character.toCodePoint(c, text[++i]);
                out[at++] = (byte) (0xF0 | codePoint >> 18);
                out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                out[at++] = '?';
            }
        }
        writer.size = at;
    }

    /**
     * Writes {@code value} as field {@code field} if all its characters are ASCII and returns true; otherwise
     * returns false with the writer's content past its size undefined (the caller restores the size) and the
     * characters left in the writer's scratch array.
     */
    static boolean ascii(ProtoWriter writer, int field, String value) {
        int chars = value.length();
        if (writer.scratch.length < chars) {
            writer.scratch = new char[Math.max(chars, 2 * writer.scratch.length)];
        }
        char[] text = writer.scratch;
        value.getChars(0, chars, text, 0);
        writer.reserveField(field, chars);
        byte[] out = writer.buffer;
        int at = writer.size;
        for (int i = 0; i < chars; i++) {
            char c = text[i];
            if (c >= 0x80) {
                return false;
            }
            out[at++] = (byte) c;
        }
        writer.size = at;
        return true;
    }

    /**
     * A bytes field given as hex digits (an OpenTelemetry trace or span id, which the API has validated: ASCII),
     * decoded straight into the buffer. The digits are copied out of the string with
     * {@code String.getBytes(int, int, byte[], int)}, the low byte of each character: exact for ASCII, and for a
     * Latin-1 string (every id) one array copy, where {@code getChars} widens each byte to a char in a loop under C1.
     */
    @SuppressWarnings("deprecation")
    static void hex(ProtoWriter writer, int field, String hex) {
        int digits = hex.length();
        int length = digits / 2;
        if (writer.hexScratch.length < digits) {
            writer.hexScratch = new byte[digits];
        }
        byte[] text = writer.hexScratch;
        hex.getBytes(0, digits, text, 0);
        writer.reserveField(field, length);
        byte[] out = writer.buffer;
        int at = writer.size;
        for (int i = 0; i < 2 * length; i += 2) {
            out[at++] = (byte) (HEX_VALUES[text[i] & 0x7F] << 4 | HEX_VALUES[text[i + 1] & 0x7F]);
        }
        writer.size = at;
    }

    /** Bytes of {@code text[0 .. chars)} in UTF-8, an unpaired surrogate counting as the one byte '?' it becomes. */
    private static int utf8Length(char[] text, int chars) {
        int length = chars;
        for (int i = 0; i < chars; i++) {
            char c = text[i];
            if (c >= 0x80) {
                if (c < 0x800) {
                    length++;
                } else if (!Character.isSurrogate(c)) {
                    length += 2;
                } else if (isPair(text, chars, i)) {
                    length += 2;
                    i++;
                }
            }
        }
        return length;
    }

    /** True when {@code text[i]} is a high surrogate followed by a low one. */
    private static boolean isPair(char[] text, int chars, int i) {
        return Character.isHighSurrogate(text[i]) && i + 1 < chars && Character.isLowSurrogate(text[i + 1]);
    }
}
