package dev.lambdaobs.tracing.otel;

import java.time.Instant;

/**
 * The time of one trace's spans, as the SDK's anchored clock keeps it: the wall clock read once when the trace's
 * first local span starts, then {@link System#nanoTime} elapsed since, so a child never starts before its parent
 * even if the wall clock steps. Shared by a span's local children; immutable.
 *
 * <pre>{@code
 * SpanClock clock = SpanClock.anchored();
 * long startEpochNanos = clock.now();
 * }</pre>
 */
final class SpanClock {
    private final long epochNanos;
    private final long nanoTime;

    private SpanClock(long epochNanos, long nanoTime) {
        this.epochNanos = epochNanos;
        this.nanoTime = nanoTime;
    }

    /** A clock anchored now. */
    static SpanClock anchored() {
        Instant now = Instant.now();
        return new SpanClock(now.getEpochSecond() * 1_000_000_000L + now.getNano(), System.nanoTime());
    }

    /** Nanoseconds since the epoch. */
    long now() {
        return epochNanos + (System.nanoTime() - nanoTime);
    }
}
