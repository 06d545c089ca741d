package dev.lambdaobs.core.invocation;

import dev.lambdaobs.core.config.InitializationType;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells whether an invocation is the environment's cold start: the first invocation of an on-demand
 * environment, or of a SnapStart environment after its restore. Every module asking about the same
 * invocation gets the same answer, so logging's {@code cold_start}, the {@code ColdStart} metric and the
 * trace annotation always agree, even when many threads invoke at once.
 *
 * <p>It is also the environment's identity for random sources ({@link #entropy()}): a SnapStart snapshot
 * is restored into many environments, and {@link #restored(long)} makes each of them a new environment,
 * with its own cold start and its own entropy.
 *
 * <pre>{@code
 * boolean cold = ColdStart.process().isColdStart(context.getAwsRequestId(), config.initializationType());
 * }</pre>
 */
public final class ColdStart {
    private static final ColdStart PROCESS = new ColdStart();

    private final AtomicReference<Object> firstInvocation = new AtomicReference<>();
    private volatile long entropy;

    private ColdStart() {
    }

    /** The process-wide tracker: the one fact that is global by nature. */
    public static ColdStart process() {
        return PROCESS;
    }

    /** A fresh tracker, as a new execution environment would have (tests, benchmarks). */
    public static ColdStart newEnvironment() {
        return new ColdStart();
    }

    /**
     * Whether the invocation identified by {@code invocationKey} (its request id) is the cold start.
     * The first key ever seen claims the environment; asking again with the same key answers the same.
     */
    public boolean isColdStart(Object invocationKey, InitializationType initializationType) {
        Objects.requireNonNull(invocationKey, "invocationKey");
        firstInvocation.compareAndSet(null, invocationKey);
        return initializationType.hasColdStarts() && invocationKey.equals(firstInvocation.get());
    }

    /**
     * This environment was just restored from a snapshot: the next invocation is its cold start, and
     * {@code freshEntropy} (drawn after the restore) sets its random sources apart from every other
     * environment restored from the same snapshot. Called by the SnapStart hook, never on the invocation path.
     */
    public void restored(long freshEntropy) {
        entropy = Long.rotateLeft(entropy, 31) ^ freshEntropy;
        firstInvocation.set(null);
    }

    /** What {@link dev.lambdaobs.core.snapstart.RandomSource} mixes into its draws: 0 until a restore. */
    public long entropy() {
        return entropy;
    }
}
