package dev.lambdaobs.logging.context;

import java.util.ArrayDeque;

/**
 * The lines one invocation holds back: at most {@code maxLines}, the oldest evicted first. Written
 * out in order by {@link #flush()} (an error was logged or the handler threw), dropped by
 * {@link #discard()} otherwise. Each held line is a write action, so the buffer knows nothing of the
 * logging backend.
 */
public final class LogBuffer {
    private final int maxLines;
    private final ArrayDeque<Runnable> lines;

    public LogBuffer(int maxLines) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1: " + maxLines);
        }
        this.maxLines = maxLines;
        this.lines = new ArrayDeque<>(Math.min(maxLines, 64));
    }

    /** Holds a line; evicts the oldest when full. */
    public synchronized void hold(Runnable write) {
        if (lines.size() == maxLines) {
            lines.pollFirst();
        }
        lines.addLast(write);
    }

    /** Writes every held line in order and empties the buffer. */
    public void flush() {
        Runnable[] pending;
        synchronized (this) {
            pending = lines.toArray(new Runnable[0]);
            lines.clear();
        }
        for (Runnable write : pending) {
            write.run();
        }
    }

    /** Drops every held line. */
    public synchronized void discard() {
        lines.clear();
    }
}
