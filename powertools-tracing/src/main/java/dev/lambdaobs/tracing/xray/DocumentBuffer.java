package dev.lambdaobs.tracing.xray;

import java.io.ByteArrayOutputStream;

/**
 * One thread's buffer for the documents it sends, reused from one document to the next: a document is
 * written, sent as a datagram (which copies it) and forgotten, so every invocation would otherwise
 * allocate and grow a buffer of its own.
 */
final class DocumentBuffer extends ByteArrayOutputStream {
    /** A buffer that grew past this (a document near X-Ray's size limit) is not kept for the next one. */
    private static final int KEPT_CAPACITY = 16 * 1024;
    private static final int INITIAL_CAPACITY = 1024;
    private static final ThreadLocal<DocumentBuffer> PER_THREAD = new ThreadLocal<>();

    private DocumentBuffer() {
        super(INITIAL_CAPACITY);
    }

    /** This thread's buffer, empty. */
    static DocumentBuffer forThisThread() {
        DocumentBuffer buffer = PER_THREAD.get();
        if (buffer == null || buffer.buf.length > KEPT_CAPACITY) {
            buffer = new DocumentBuffer();
            PER_THREAD.set(buffer);
        }
        buffer.reset();
        return buffer;
    }

    /**
     * Done with the document: a buffer that grew past what is kept is let go now, not when this thread
     * sends its next document (which may never come).
     */
    void done() {
        if (buf.length > KEPT_CAPACITY && PER_THREAD.get() == this) {
            PER_THREAD.remove();
        }
    }

    /** The written bytes are {@code bytes()[0 .. size())}; valid until the next write. */
    byte[] bytes() {
        return buf;
    }
}
