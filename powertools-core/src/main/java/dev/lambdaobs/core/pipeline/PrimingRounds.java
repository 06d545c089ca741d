package dev.lambdaobs.core.pipeline;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * How many SnapStart priming rounds {@link Observability#prime()} runs: a fixed count, or at least some and on,
 * batch after batch, while the JIT compiler keeps working, up to a most. The JIT's compile threshold grows with
 * its queue, which priming fills: a fixed count leaves much of the path interpreted, and what is still queued
 * at the checkpoint is compiled after the restore, beside the first invocation. Priming stops once the
 * compiler has done no work for {@value #IDLE_BATCHES} batches in a row: the path it runs is compiled. It also
 * stops once the rounds past the least have taken as long as the least did, so that a JVM whose compiler never
 * rests (C2 recompiling what C1 compiled, when the function turns off Lambda's {@code TieredStopAtLevel=1})
 * pays at most twice the least rounds' init time. Where the JVM does not report its compile time, the least
 * rounds are run.
 *
 * <pre>{@code
 * PrimingRounds rounds = PrimingRounds.whileCompiling(256, 64, 4096, PrimingRounds.jitMillis(), System::nanoTime);
 * for (int run = 0; rounds.another(run); run++) { primeOnce(); }
 * }</pre>
 */
final class PrimingRounds {
    static final int IDLE_BATCHES = 2;

    private final int least;
    private final int batch;
    private final int most;
    private final LongSupplier compilerMillis;
    private final LongSupplier nanos;
    private long compiledBefore = -1;
    private int idle;
    private long started;
    private long leastTook;

    private PrimingRounds(int least, int batch, int most, LongSupplier compilerMillis, LongSupplier nanos) {
        this.least = least;
        this.batch = batch;
        this.most = most;
        this.compilerMillis = compilerMillis;
        this.nanos = nanos;
    }

    /** Exactly {@code rounds} rounds. */
    static PrimingRounds exactly(int rounds) {
        return new PrimingRounds(rounds, rounds, rounds, null, null);
    }

    /**
     * At least {@code least} rounds, then on by {@code batch} while {@code compilerMillis} (the JIT's total
     * compile time, {@link #jitMillis()}; null when unknown: {@code least} rounds) grows, for as long again as
     * the least rounds took on {@code nanos}, at most {@code most} rounds.
     */
    static PrimingRounds whileCompiling(int least, int batch, int most, LongSupplier compilerMillis,
            LongSupplier nanos) {
        return compilerMillis == null ? exactly(least) : new PrimingRounds(least, batch, most, compilerMillis, nanos);
    }

    /** The JIT's total compile time in ms so far, or null when this JVM does not report it. */
    static LongSupplier jitMillis() {
        try {
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit::getTotalCompilationTime : null;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Whether to run another round, {@code run} rounds having run; called before each round, in order. */
    boolean another(int run) {
        if (run >= most) {
            return false;
        }
        if (run < least) {
            if (run == 0 && nanos != null) {
                started = nanos.getAsLong();
            }
            return true;
        }
        if ((run - least) % batch != 0) {
            return true;
        }
        long compiled = compilerMillis.getAsLong();
        idle = compiled == compiledBefore ? idle + 1 : 0;
        compiledBefore = compiled;
        long now = nanos.getAsLong();
        if (run == least) {
            // The first look only takes the readings: the batch before it is part of the least rounds.
            leastTook = now - started;
            started = now;
            return true;
        }
        return idle < IDLE_BATCHES && now - started < leastTook;
    }
}
