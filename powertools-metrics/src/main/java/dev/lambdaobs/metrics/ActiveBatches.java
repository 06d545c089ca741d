package dev.lambdaobs.metrics;

import dev.lambdaobs.core.invocation.Invocation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The batch of each invocation in flight, keyed by the core {@link Invocation} (by identity), so
 * {@link MetricsRecorder#current()} follows the same "current invocation" every module uses,
 * including on a worker thread the user made the invocation current on. An entry lives from the
 * step's begin to its end.
 */
final class ActiveBatches {
    private static final Map<Invocation, MetricsBatch> BATCHES = new ConcurrentHashMap<>();

    private ActiveBatches() {
    }

    static MetricsBatch find(Invocation invocation) {
        return BATCHES.get(invocation);
    }

    /** Makes {@code batch} the invocation's recorder; the returned scope restores the previous one. */
    static Invocation.Scope activate(Invocation invocation, MetricsBatch batch) {
        MetricsBatch previous = BATCHES.put(invocation, batch);
        return () -> {
            if (previous == null) {
                BATCHES.remove(invocation, batch);
            } else {
                BATCHES.replace(invocation, batch, previous);
            }
        };
    }
}
