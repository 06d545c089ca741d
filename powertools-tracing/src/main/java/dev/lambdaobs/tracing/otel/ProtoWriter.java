package dev.lambdaobs.tracing.otel;

import java.util.Arrays;

/**
 * The protocol buffers wire format, the few types OTLP traces use: varints, fixed64, fixed32, doubles,
 * strings, bytes and length-delimited messages. A nested message is written into this writer's child
 * (reused from one message to the next) and then copied in with its length; strings and hex ids are
 * encoded straight into the buffer ({@link ProtoText}), so encoding a span allocates nothing once the
 * buffers have grown.
 *
 * @see <a href="https://protobuf.dev/programming-guides/encoding/">Protocol buffers encoding</a>
 */
final class ProtoWriter {
    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    // Package-private for ProtoText and KeyFields, which write text fields straight into the buffer.
    byte[] buffer = new byte[256];
    int size;
    /** Characters of the string being written ({@link ProtoText#utf8}), and the digits of a hex id. */
    char[] scratch = new char[64];
    byte[] hexScratch = new byte[32];
    private KeyFields keys;
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

    /** A string field, written even when empty (a oneof member), as UTF-8 ({@link ProtoText#utf8}). */
    void stringAlways(int field, String value) {
        ProtoText.utf8(this, field, value);
    }

    /**
     * An OTLP {@code KeyValue} whose value is a string ({@code AnyValue.string_value}) as field {@code field},
     * written in place when key and value are ASCII (their sizes are then known before they are written);
     * returns false, having written nothing, when either is not.
     */
    boolean asciiStringKeyValue(int field, String key, String value) {
        if (keys == null) {
            keys = new KeyFields();
        }
        byte[] keyField = keys.field(this, key);
        int start = size;
        int anyValue = 1 + varintSize(value.length()) + value.length();
        int keyFieldSize = keyField != null ? keyField.length : 1 + varintSize(key.length()) + key.length();
        lengthPrefix(field, keyFieldSize + 1 + varintSize(anyValue) + anyValue);
        if (keyField != null) {
            raw(keyField, 0, keyField.length);
        } else if (!ProtoText.ascii(this, 1, key)) {
            size = start;
            return false;
        }
        lengthPrefix(2, anyValue);
        if (ProtoText.ascii(this, 1, value)) {
            return true;
        }
        size = start;
        return false;
    }

    /** A bytes field given as hex digits (an id the API has validated), decoded into the buffer ({@link ProtoText#hex}). */
    void hex(int field, String hex) {
        ProtoText.hex(this, field, hex);
    }

    /** A 16-byte id field (a trace id) from its two halves, big-endian as OTLP has it. */
    void id(int field, long high, long low) {
        lengthPrefix(field, 16);
        ensure(16);
        bigEndian(high);
        bigEndian(low);
    }

    /** An 8-byte id field (a span id), big-endian as OTLP has it. */
    void id(int field, long value) {
        lengthPrefix(field, 8);
        ensure(8);
        bigEndian(value);
    }

    private void bigEndian(long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
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

    /** The tag and length of a length-delimited field, and room for its {@code length} bytes. */
    void reserveField(int field, int length) {
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
