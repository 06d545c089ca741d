package dev.lambdaobs.logging.context;

import java.util.ArrayDeque;

/**
 * The lines one invocation holds back: at most {@code maxLines}, the oldest evicted first. Written
 * out in order by {@link #flush()} (an error was logged, the handler threw, or the user asked), dropped by
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

    /**
     * Writes every held line in order and empties the buffer; returns how many were written. Lines held
     * while this runs (another thread of the invocation) wait for the next flush.
     */
    public int flush() {
        Runnable[] pending;
        synchronized (this) {
            if (lines.isEmpty()) {
                return 0;
            }
            pending = lines.toArray(new Runnable[0]);
            lines.clear();
        }
        for (Runnable write : pending) {
            write.run();
        }
        return pending.length;
    }

    /** Drops every held line; returns how many were dropped. */
    public synchronized int discard() {
        int dropped = lines.size();
        lines.clear();
        return dropped;
    }
}
