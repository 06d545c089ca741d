package dev.lambdaobs.tracing.otel;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * One thread's datagram buffer, reused from one datagram to the next: a datagram is written, sent and
 * forgotten, so each export would otherwise allocate its header, base64 and datagram arrays again. It is
 * written in a heap array (array stores are what the C1-only JIT runs fastest) and sent from this thread's
 * direct buffer ({@link #direct()}), which a channel sends without the JDK's own copy into a temporary one.
 */
final class DatagramBuffer extends ByteArrayOutputStream {
    private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final ThreadLocal<DatagramBuffer> PER_THREAD = ThreadLocal.withInitial(DatagramBuffer::new);

    /** What {@link #direct()} copies the datagram into; grown as the array is. */
    private ByteBuffer direct = ByteBuffer.allocateDirect(2 * 1024);
    /** The constant part last met ({@link #writeBase64(byte[], int, byte[], int)}) and its base64 by phase. */
    private byte[] constantSeen;
    private byte[][] constantByPhase;

    private DatagramBuffer() {
        super(2 * 1024);
    }

    /** This thread's buffer, empty. */
    static DatagramBuffer forThisThread() {
        DatagramBuffer buffer = PER_THREAD.get();
        buffer.reset();
        return buffer;
    }

    /**
     * Appends the standard base64 (RFC 4648, with padding) of {@code data[0 .. length)}. The JDK's
     * streaming encoder would allocate an 8 KB buffer for every datagram, and its array encoder writes
     * only at the start of an array; this loop is a table lookup per character, which the C1-only JIT of
     * Lambda's default flags runs as fast as it gets.
     */
    void writeBase64(byte[] data, int length) {
        int whole = length - length % 3;
        int at = reserve(length);
        at = encode(data, 0, whole, buf, at);
        count = tail(data, whole, length, at);
    }

    /**
     * {@link #writeBase64(byte[], int)}, given that {@code data[constantAt ..)} holds {@code constant}: the
     * characters of the whole 3-byte groups inside it are copied from the ones encoded the first time this
     * array was met at this alignment (the same resource starts every request of a process, at one of three
     * offsets modulo 3), the rest is encoded.
     */
    void writeBase64(byte[] data, int length, byte[] constant, int constantAt) {
        int from = (constantAt + 2) / 3 * 3;
        int to = (constantAt + constant.length) / 3 * 3;
        if (to <= from) {
            writeBase64(data, length);
            return;
        }
        byte[] encoded = constantBase64(constant, from - constantAt);
        int whole = length - length % 3;
        int at = reserve(length);
        at = encode(data, 0, from, buf, at);
        System.arraycopy(encoded, 0, buf, at, encoded.length);
        at = encode(data, to, whole, buf, at + encoded.length);
        count = tail(data, whole, length, at);
    }

    /** The base64 of {@code constant}'s whole groups from {@code phase}, encoded once per array and phase. */
    private byte[] constantBase64(byte[] constant, int phase) {
        if (constant != constantSeen) {
            constantSeen = constant;
            constantByPhase = new byte[3][];
        }
        byte[] encoded = constantByPhase[phase];
        if (encoded == null) {
            int groups = (constant.length - phase) / 3;
            encoded = new byte[4 * groups];
            encode(constant, phase, phase + 3 * groups, encoded, 0);
            constantByPhase[phase] = encoded;
        }
        return encoded;
    }

    /** Grows the array for the base64 of {@code length} bytes after what is written; returns where it starts. */
    private int reserve(int length) {
        int needed = 4 * ((length + 2) / 3);
        if (count + needed > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + needed));
        }
        return count;
    }

    /** Writes the base64 of the whole groups {@code data[from .. to)} at {@code out[at]}; returns the end. */
    private static int encode(byte[] data, int from, int to, byte[] out, int at) {
        byte[] alphabet = ALPHABET;
        for (int i = from; i < to; i += 3) {
            int bits = (data[i] & 0xFF) << 16 | (data[i + 1] & 0xFF) << 8 | (data[i + 2] & 0xFF);
            out[at] = alphabet[bits >>> 18];
            out[at + 1] = alphabet[bits >>> 12 & 0x3F];
            out[at + 2] = alphabet[bits >>> 6 & 0x3F];
            out[at + 3] = alphabet[bits & 0x3F];
            at += 4;
        }
        return at;
    }

    /** Writes the padded base64 of the last one or two bytes {@code data[whole .. length)}, if any; returns the end. */
    private int tail(byte[] data, int whole, int length, int at) {
        if (whole == length) {
            return at;
        }
        boolean two = whole + 1 < length;
        int bits = (data[whole] & 0xFF) << 16 | (two ? (data[whole + 1] & 0xFF) << 8 : 0);
        buf[at] = ALPHABET[bits >>> 18];
        buf[at + 1] = ALPHABET[bits >>> 12 & 0x3F];
        buf[at + 2] = two ? ALPHABET[bits >>> 6 & 0x3F] : (byte) '=';
        buf[at + 3] = (byte) '=';
        return at + 4;
    }

    /**
     * The written bytes in this thread's direct buffer, from its position to its limit: what a
     * {@link java.nio.channels.DatagramChannel} sends. Valid until the next write.
     */
    ByteBuffer direct() {
        if (direct.capacity() < count) {
            direct = ByteBuffer.allocateDirect(Math.max(direct.capacity() * 2, count));
        }
        direct.clear();
        direct.put(buf, 0, count);
        return direct.flip();
    }
}
