package dev.lambdaobs.tracing.otel;

import java.util.Arrays;

/**
 * The encoded {@code key} fields (tag, length, bytes) of ASCII attribute keys, kept by a {@link ProtoWriter}: every
 * span of a function carries the same few keys. The first ASCII key of each hash slot is kept, for good, so that
 * steady state allocates nothing; a key whose slot holds another is written each time.
 */
final class KeyFields {
    /** Keys kept (a power of two). */
    private static final int SIZE = 64;

    private final String[] keys = new String[SIZE];
    private final byte[][] fields = new byte[SIZE][];

    /** The kept field of {@code key} as field 1 of a {@code KeyValue}, or null; {@code writer} encodes it the first time. */
    byte[] field(ProtoWriter writer, String key) {
        int slot = key.hashCode() & (SIZE - 1);
        String kept = keys[slot];
        if (kept != null) {
            return kept == key || kept.equals(key) ? fields[slot] : null;
        }
        int start = writer.size;
        boolean ascii = ProtoText.ascii(writer, 1, key);
        if (ascii) {
            fields[slot] = Arrays.copyOfRange(writer.buffer, start, writer.size);
            keys[slot] = key;
        }
        writer.size = start;
        return ascii ? fields[slot] : null;
    }
}
