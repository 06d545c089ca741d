package dev.lambdaobs.logging.log4j;

import java.nio.ByteBuffer;
import org.apache.logging.log4j.core.layout.ByteBufferDestination;

/**
 * One thread's bytes of the line being encoded. Grows instead of flushing when full, so a line of any
 * size is handed on whole; garbage-free for lines that fit what the thread already has. A buffer that
 * grew past {@link #RETAINED_BYTES} is let go after its line, so rare large lines do not pin memory
 * on every thread.
 */
final class LineBuffer implements ByteBufferDestination {
    static final int INITIAL_BYTES = 8 * 1024;
    static final int RETAINED_BYTES = 64 * 1024;

    private ByteBuffer buffer = ByteBuffer.allocate(INITIAL_BYTES);

    /** Empties the buffer for the next line. */
    LineBuffer reset() {
        if (buffer.capacity() > RETAINED_BYTES) {
            buffer = ByteBuffer.allocate(INITIAL_BYTES);
        }
        buffer.clear();
        return this;
    }

    byte[] array() {
        return buffer.array();
    }

    /** Bytes written so far. */
    int length() {
        return buffer.position();
    }

    /** Makes sure the line ends with exactly one {@code '\n'} (the layout's delimiter may be {@code "\r\n"} or none). */
    void endLine() {
        int end = buffer.position();
        while (end > 0 && (buffer.get(end - 1) == '\n' || buffer.get(end - 1) == '\r')) {
            end--;
        }
        buffer.position(end);
        ensure(1);
        buffer.put((byte) '\n');
    }

    @Override
    public ByteBuffer getByteBuffer() {
        return buffer;
    }

    /** Called by the encoder when the buffer is full: a larger one takes its bytes. */
    @Override
    public ByteBuffer drain(ByteBuffer full) {
        ensure(full.capacity());
        return buffer;
    }

    @Override
    public void writeBytes(ByteBuffer data) {
        ensure(data.remaining());
        buffer.put(data);
    }

    @Override
    public void writeBytes(byte[] data, int offset, int length) {
        ensure(length);
        buffer.put(data, offset, length);
    }

    private void ensure(int more) {
        if (buffer.remaining() >= more) {
            return;
        }
        int capacity = Math.max(buffer.capacity() * 2, buffer.position() + more);
        ByteBuffer larger = ByteBuffer.allocate(capacity);
        buffer.flip();
        larger.put(buffer);
        buffer = larger;
    }
}
