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

    private byte[] buffer = new byte[256];
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
     * the bytes {@code value.getBytes(UTF_8)} would give, without that array.
     */
    void stringAlways(int field, String value) {
        int length = utf8Length(value);
        tag(field, LENGTH_DELIMITED);
        varint(length);
        ensure(length);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                buffer[size++] = (byte) c;
            } else if (c < 0x800) {
                buffer[size++] = (byte) (0xC0 | c >> 6);
                buffer[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                int codePoint = pairAt(value, i);
                if (codePoint < 0) {
                    buffer[size++] = '?';
                } else {
                    buffer[size++] = (byte) (0xF0 | codePoint >> 18);
                    buffer[size++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    buffer[size++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    buffer[size++] = (byte) (0x80 | codePoint & 0x3F);
                    i++;
                }
            } else {
                buffer[size++] = (byte) (0xE0 | c >> 12);
                buffer[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    /** Bytes of {@code value} in UTF-8, an unpaired surrogate counting as the one byte '?' it is replaced by. */
    static int utf8Length(String value) {
        int length = value.length();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    length++;
                } else if (!Character.isSurrogate(c)) {
                    length += 2;
                } else if (pairAt(value, i) >= 0) {
                    length += 2;
                    i++;
                }
            }
        }
        return length;
    }

    /** The code point of the surrogate pair at {@code i}, or -1 when the surrogate there is unpaired. */
    private static int pairAt(String value, int i) {
        char high = value.charAt(i);
        if (Character.isHighSurrogate(high) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            return Character.toCodePoint(high, value.charAt(i + 1));
        }
        return -1;
    }

    /**
     * A bytes field given as lower- or upper-case hex digits (an OpenTelemetry trace or span id), decoded
     * straight into the buffer.
     */
    void hex(int field, String hex) {
        int length = hex.length() / 2;
        tag(field, LENGTH_DELIMITED);
        varint(length);
        ensure(length);
        for (int i = 0; i < length; i++) {
            buffer[size++] = (byte) (Character.digit(hex.charAt(2 * i), 16) << 4 | Character.digit(hex.charAt(2 * i + 1), 16));
        }
    }

    /**
     * The tag and length of a length-delimited field whose {@code length} bytes the caller writes next (with
     * {@link #raw} or further fields): a message nested without being copied.
     */
    void lengthPrefix(int field, int length) {
        tag(field, LENGTH_DELIMITED);
        varint(length);
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
