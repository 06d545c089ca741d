package dev.lambdaobs.tracing.otel;

import java.util.Arrays;

/**
 * The protocol buffers wire format, the few types OTLP traces use: varints, fixed64, fixed32, doubles,
 * strings, bytes and length-delimited messages. A nested message is written into this writer's child
 * (reused from one message to the next) and then copied in with its length; strings and hex ids are
 * encoded straight into the buffer, so encoding a span allocates nothing once the buffers have grown.
 *
 * @see <a href="https://protobuf.dev/programming-guides/encoding/">Protocol buffers encoding</a>
 */
final class ProtoWriter {
    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    /** The value of each hex digit, by its ASCII code. */
    private static final byte[] HEX_VALUES = new byte[128];

    static {
        for (int digit = 0; digit < 16; digit++) {
            HEX_VALUES[Character.forDigit(digit, 16)] = (byte) digit;
            HEX_VALUES[Character.toUpperCase(Character.forDigit(digit, 16))] = (byte) digit;
        }
    }

    /** Attribute key encodings kept (a power of two). */
    private static final int KEY_CACHE_SIZE = 64;

    private byte[] buffer = new byte[256];
    private String[] keys;
    private byte[][] keyFields;
    private char[] scratch = new char[64];
    private int size;
    private ProtoWriter child;

    /** Empties the writer, keeping its buffer. */
    ProtoWriter reset() {
        size = 0;
        return this;
    }

    int size() {
        return size;
    }

    /** The written bytes are {@code buffer()[0 .. size())}; valid until the next write. */
    byte[] buffer() {
        return buffer;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    /** The child writer for a nested message, emptied; finish it with {@link #endMessage}. */
    ProtoWriter beginMessage() {
        if (child == null) {
            child = new ProtoWriter();
        }
        return child.reset();
    }

    /** Writes {@code message} (this writer's child) as field {@code field}, even when empty. */
    void endMessage(int field, ProtoWriter message) {
        bytes(field, message.buffer, 0, message.size);
    }

    /** A string field, left out when null or empty. */
    void string(int field, String value) {
        if (value != null && !value.isEmpty()) {
            stringAlways(field, value);
        }
    }

    /**
     * A string field, written even when empty (a oneof member), as UTF-8 encoded straight into the buffer:
     * the bytes {@code value.getBytes(UTF_8)} would give, without that array. The characters are read in
     * one copy into a scratch array: {@code charAt} is a call with its own index check per character in
     * the C1-compiled code Lambda runs.
     */
    void stringAlways(int field, String value) {
        int start = size;
        // Most strings are ASCII, one byte per character: written in one pass, measured only when they are not.
        if (ascii(field, value)) {
            return;
        }
        size = start;
        int chars = value.length();
        char[] text = scratch;
        int length = utf8Length(text, chars);
        reserveField(field, length);
        byte[] out = buffer;
        int at = size;
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
        size = at;
    }

    /**
     * An OTLP {@code KeyValue} whose value is a string ({@code AnyValue.string_value}) as field {@code field},
     * written in place when key and value are ASCII (their sizes are then known before they are written);
     * returns false, having written nothing, when either is not.
     */
    boolean asciiStringKeyValue(int field, String key, String value) {
        byte[] keyField = keptKeyField(key);
        int start = size;
        int anyValue = 1 + varintSize(value.length()) + value.length();
        int keyFieldSize = keyField != null ? keyField.length : 1 + varintSize(key.length()) + key.length();
        lengthPrefix(field, keyFieldSize + 1 + varintSize(anyValue) + anyValue);
        if (keyField != null) {
            raw(keyField, 0, keyField.length);
        } else if (!ascii(1, key)) {
            size = start;
            return false;
        }
        lengthPrefix(2, anyValue);
        if (ascii(1, value)) {
            return true;
        }
        size = start;
        return false;
    }

    /**
     * The kept {@code key} field (tag, length, bytes) of an ASCII attribute key, or null. Every span of a
     * function carries the same few keys: the first ASCII key of each hash slot is kept, for good, so that
     * steady state allocates nothing; a key whose slot holds another is written each time.
     */
    private byte[] keptKeyField(String key) {
        if (keys == null) {
            keys = new String[KEY_CACHE_SIZE];
            keyFields = new byte[KEY_CACHE_SIZE][];
        }
        int slot = key.hashCode() & (KEY_CACHE_SIZE - 1);
        String kept = keys[slot];
        if (kept != null) {
            return kept == key || kept.equals(key) ? keyFields[slot] : null;
        }
        int start = size;
        boolean ascii = ascii(1, key);
        if (ascii) {
            keyFields[slot] = Arrays.copyOfRange(buffer, start, size);
            keys[slot] = key;
        }
        size = start;
        return ascii ? keyFields[slot] : null;
    }

    /**
     * Writes {@code value} as field {@code field} if all its characters are ASCII and returns true; otherwise
     * returns false with the writer's content past its size undefined (the caller restores the size) and the
     * characters left in {@link #scratch}.
     */
    private boolean ascii(int field, String value) {
        int chars = value.length();
        if (scratch.length < chars) {
            scratch = new char[Math.max(chars, 2 * scratch.length)];
        }
        char[] text = scratch;
        value.getChars(0, chars, text, 0);
        reserveField(field, chars);
        byte[] out = buffer;
        int at = size;
        for (int i = 0; i < chars; i++) {
            char c = text[i];
            if (c >= 0x80) {
                return false;
            }
            out[at++] = (byte) c;
        }
        size = at;
        return true;
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

    /**
     * A bytes field given as lower-case hex digits (an OpenTelemetry trace or span id, which the SDK has
     * validated), decoded straight into the buffer.
     */
    void hex(int field, String hex) {
        int length = hex.length() / 2;
        if (scratch.length < hex.length()) {
            scratch = new char[hex.length()];
        }
        char[] digits = scratch;
        hex.getChars(0, hex.length(), digits, 0);
        reserveField(field, length);
        byte[] out = buffer;
        int at = size;
        for (int i = 0; i < 2 * length; i += 2) {
            out[at++] = (byte) (HEX_VALUES[digits[i] & 0x7F] << 4 | HEX_VALUES[digits[i + 1] & 0x7F]);
        }
        size = at;
    }

    /**
     * The tag and length of a length-delimited field whose {@code length} bytes the caller writes next (with
     * {@link #raw} or further fields): a message nested without being copied.
     */
    void lengthPrefix(int field, int length) {
        tag(field, LENGTH_DELIMITED);
        varint(length);
    }

    /** The tag and length of a length-delimited field, and room for its {@code length} bytes. */
    private void reserveField(int field, int length) {
        lengthPrefix(field, length);
        ensure(length);
    }

    /** Appends {@code value[offset .. offset + length)} as they are. */
    void raw(byte[] value, int offset, int length) {
        ensure(length);
        System.arraycopy(value, offset, buffer, size, length);
        size += length;
    }

    void bytes(int field, byte[] value, int offset, int length) {
        lengthPrefix(field, length);
        raw(value, offset, length);
    }

    void uint64(int field, long value) {
        if (value != 0) {
            tag(field, VARINT);
            varint(value);
        }
    }

    /** A bool, always written (a oneof member must be present even when false). */
    void bool(int field, boolean value) {
        tag(field, VARINT);
        varint(value ? 1 : 0);
    }

    /** An int64 in a oneof: written even when zero. */
    void int64Always(int field, long value) {
        tag(field, VARINT);
        varint(value);
    }

    void fixed64(int field, long value) {
        if (value != 0) {
            fixed64Always(field, value);
        }
    }

    void fixed64Always(int field, long value) {
        tag(field, FIXED64);
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buffer[size++] = (byte) (value >>> (8 * i));
        }
    }

    void fixed32(int field, int value) {
        if (value != 0) {
            tag(field, FIXED32);
            ensure(4);
            for (int i = 0; i < 4; i++) {
                buffer[size++] = (byte) (value >>> (8 * i));
            }
        }
    }

    void doubleAlways(int field, double value) {
        fixed64Always(field, Double.doubleToRawLongBits(value));
    }

    private void tag(int field, int wireType) {
        varint((long) field << 3 | wireType);
    }

    private void varint(long value) {
        ensure(10);
        if ((value & ~0x7FL) == 0) {
            // Tags of fields 1 to 15 and lengths under 128: most varints here.
            buffer[size++] = (byte) value;
            return;
        }
        while ((value & ~0x7FL) != 0) {
            buffer[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buffer[size++] = (byte) value;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    /** Bytes a varint of {@code value} takes. */
    static int varintSize(long value) {
        int bytes = 1;
        while ((value & ~0x7FL) != 0) {
            value >>>= 7;
            bytes++;
        }
        return bytes;
    }

    /** Bytes a length-delimited field of {@code length} bytes takes, with a one-byte tag (fields 1 to 15). */
    static int fieldSize(int length) {
        return 1 + varintSize(length) + length;
    }
}
