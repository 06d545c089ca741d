package dev.lambdaobs.tracing.otel;

import java.io.ByteArrayOutputStream;

/**
 * One thread's datagram buffer, reused from one datagram to the next: a datagram is written, sent (the
 * socket copies it) and forgotten, so each export would otherwise allocate its header, base64 and
 * datagram arrays again.
 */
final class DatagramBuffer extends ByteArrayOutputStream {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final ThreadLocal<DatagramBuffer> PER_THREAD = ThreadLocal.withInitial(DatagramBuffer::new);

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
     * streaming encoder would allocate an 8 KB buffer for every datagram.
     */
    void writeBase64(byte[] data, int length) {
        int needed = 4 * ((length + 2) / 3);
        if (count + needed > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + needed));
        }
        int i = 0;
        for (; i + 2 < length; i += 3) {
            int bits = (data[i] & 0xFF) << 16 | (data[i + 1] & 0xFF) << 8 | (data[i + 2] & 0xFF);
            quad(bits, 4);
        }
        if (i < length) {
            int bits = (data[i] & 0xFF) << 16 | (i + 1 < length ? (data[i + 1] & 0xFF) << 8 : 0);
            quad(bits, length - i + 1);
        }
    }

    /** Writes the 24 {@code bits} as 4 characters, the last {@code 4 - kept} of them as padding. */
    private void quad(int bits, int kept) {
        for (int shift = 18, n = 0; n < 4; shift -= 6, n++) {
            buf[count++] = n < kept ? (byte) ALPHABET.charAt((bits >>> shift) & 0x3F) : (byte) '=';
        }
    }

    /** The written bytes are {@code bytes()[0 .. size())}; valid until the next write. */
    byte[] bytes() {
        return buf;
    }
}
