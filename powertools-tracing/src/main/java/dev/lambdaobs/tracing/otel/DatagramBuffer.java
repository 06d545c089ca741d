package dev.lambdaobs.tracing.otel;

import java.io.ByteArrayOutputStream;

/**
 * One thread's datagram buffer, reused from one datagram to the next: a datagram is written, sent (the
 * socket copies it) and forgotten, so each export would otherwise allocate its header, base64 and
 * datagram arrays again.
 */
final class DatagramBuffer extends ByteArrayOutputStream {
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

    /** The written bytes are {@code bytes()[0 .. size())}; valid until the next write. */
    byte[] bytes() {
        return buf;
    }
}
