package dev.lambdaobs.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class PrimingRoundsTest {

    @Test
    void aFixedCountRunsExactlyThatMany() {
        assertThat(rounds(PrimingRounds.exactly(3))).isEqualTo(3);
        assertThat(rounds(PrimingRounds.exactly(1))).isEqualTo(1);
    }

    @Test
    void primingGoesOnWhileTheCompilerWorksAndStopsAfterTwoIdleBatches() {
        // The compiler's total time grows while the first 300 rounds run, then stays.
        AtomicInteger run = new AtomicInteger();
        LongSupplier compilerMillis = () -> Math.min(run.get(), 300);
        PrimingRounds rounds = PrimingRounds.whileCompiling(100, 10, 4096, compilerMillis);

        while (rounds.another(run.get())) {
            run.incrementAndGet();
        }

        // Readings at 100, 110, ..., 300 grow; 310 is the first without growth, 320 the second: stop there.
        assertThat(run.get()).isEqualTo(320);
    }

    @Test
    void theLeastRoundsRunEvenWithAnIdleCompilerAndTheMostStopABusyOne() {
        assertThat(rounds(PrimingRounds.whileCompiling(100, 10, 4096, () -> 7))).isEqualTo(120);
        AtomicInteger busy = new AtomicInteger();
        assertThat(rounds(PrimingRounds.whileCompiling(100, 10, 500, busy::incrementAndGet))).isEqualTo(500);
    }

    @Test
    void withoutTheCompilersTimeTheLeastRoundsRun() {
        assertThat(rounds(PrimingRounds.whileCompiling(256, 64, 4096, null))).isEqualTo(256);
    }

    @Test
    void thisJvmReportsItsCompileTime() {
        LongSupplier jit = PrimingRounds.jitMillis();
        assertThat(jit).isNotNull();
        assertThat(jit.getAsLong()).isNotNegative();
    }

    private static int rounds(PrimingRounds rounds) {
        int run = 0;
        while (rounds.another(run)) {
            run++;
        }
        return run;
    }
}
