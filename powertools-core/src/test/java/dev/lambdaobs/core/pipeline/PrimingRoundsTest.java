package dev.lambdaobs.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class PrimingRoundsTest {
    private static final int LEAST = 100;
    private static final int BATCH = 10;

    private final AtomicInteger run = new AtomicInteger();
    /** The least rounds are slow (1,000 time units each), the later ones fast: the time limit is far. */
    private final LongSupplier slowThenFast = () -> run.get() < LEAST ? run.get() * 1_000L : LEAST * 1_000L + run.get();

    @Test
    void aFixedCountRunsExactlyThatMany() {
        assertThat(rounds(PrimingRounds.exactly(3))).isEqualTo(3);
        run.set(0);
        assertThat(rounds(PrimingRounds.exactly(1))).isEqualTo(1);
    }

    @Test
    void primingGoesOnWhileTheCompilerWorksAndStopsAfterTwoIdleBatches() {
        // The compiler's total time grows while the first 300 rounds run, then stays.
        LongSupplier compilerMillis = () -> Math.min(run.get(), 300);

        // Readings at 100, 110, ..., 300 grow; 310 is the first without growth, 320 the second: stop there.
        assertThat(rounds(PrimingRounds.whileCompiling(LEAST, BATCH, 4096, compilerMillis, slowThenFast)))
                .isEqualTo(320);
    }

    @Test
    void theLeastRoundsRunEvenWithAnIdleCompiler() {
        assertThat(rounds(PrimingRounds.whileCompiling(LEAST, BATCH, 4096, () -> 7, slowThenFast))).isEqualTo(120);
    }

    @Test
    void theMostRoundsStopABusyCompiler() {
        AtomicInteger busy = new AtomicInteger();
        assertThat(rounds(PrimingRounds.whileCompiling(LEAST, BATCH, 150, busy::incrementAndGet, slowThenFast)))
                .isEqualTo(150);
    }

    @Test
    void aCompilerThatNeverRestsGetsAsLongAgainAsTheLeastRoundsTook() {
        // One time unit per round: the least 100 rounds took 100, so priming stops 100 units (rounds) later.
        AtomicInteger busy = new AtomicInteger();
        assertThat(rounds(PrimingRounds.whileCompiling(LEAST, BATCH, 4096, busy::incrementAndGet, run::get)))
                .isEqualTo(200);
    }

    @Test
    void withoutTheCompilersTimeTheLeastRoundsRun() {
        assertThat(rounds(PrimingRounds.whileCompiling(256, 64, 4096, null, System::nanoTime))).isEqualTo(256);
    }

    @Test
    void thisJvmReportsItsCompileTime() {
        LongSupplier jit = PrimingRounds.jitMillis();
        assertThat(jit).isNotNull();
        assertThat(jit.getAsLong()).isNotNegative();
    }

    private int rounds(PrimingRounds rounds) {
        while (rounds.another(run.get())) {
            run.incrementAndGet();
        }
        return run.get();
    }
}
