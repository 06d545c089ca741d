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
        int needed = 4 * ((length + 2) / 3);
        if (count + needed > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + needed));
        }
        byte[] out = buf;
        byte[] alphabet = ALPHABET;
        int at = count;
        int whole = length - length % 3;
        for (int i = 0; i < whole; i += 3) {
            int bits = (data[i] & 0xFF) << 16 | (data[i + 1] & 0xFF) << 8 | (data[i + 2] & 0xFF);
            out[at] = alphabet[bits >>> 18];
            out[at + 1] = alphabet[bits >>> 12 & 0x3F];
            out[at + 2] = alphabet[bits >>> 6 & 0x3F];
            out[at + 3] = alphabet[bits & 0x3F];
            at += 4;
        }
        if (whole < length) {
            boolean two = whole + 1 < length;
            int bits = (data[whole] & 0xFF) << 16 | (two ? (data[whole + 1] & 0xFF) << 8 : 0);
            out[at] = alphabet[bits >>> 18];
            out[at + 1] = alphabet[bits >>> 12 & 0x3F];
            out[at + 2] = two ? alphabet[bits >>> 6 & 0x3F] : (byte) '=';
            out[at + 3] = (byte) '=';
            at += 4;
        }
        count = at;
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

    /** The written bytes are {@code bytes()[0 .. size())}; valid until the next write. */
    byte[] bytes() {
        return buf;
    }
}
