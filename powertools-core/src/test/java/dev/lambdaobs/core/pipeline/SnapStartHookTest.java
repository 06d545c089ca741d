package dev.lambdaobs.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.output.LineSink;
import dev.lambdaobs.core.snapstart.RandomSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class SnapStartHookTest {
    private static final PowertoolsConfig SNAP_START = PowertoolsConfig.from(Map.of(
            "AWS_LAMBDA_FUNCTION_NAME", "orders", "AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"));

    /** Records what it sees and writes one line per invocation through a line sink, as the modules do. */
    private static final class RecordingStep implements ObservationStep {
        final List<String> seen = new ArrayList<>();
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        final LineSink sink = LineSink.to(new PrintStream(written, true, StandardCharsets.UTF_8), line -> { });

        @Override
        public StepScope begin(Invocation invocation) {
            return new StepScope() {
                @Override
                public void onSuccess(Object response) {
                    seen.add("success priming=" + invocation.priming() + " cold=" + invocation.coldStart());
                }

                @Override
                public void onError(Throwable error) {
                    seen.add("error priming=" + invocation.priming() + " cold=" + invocation.coldStart());
                }

                @Override
                public void end() {
                    sink.writeLine("{\"request\":\"" + invocation.facts().requestId() + "\"}");
                }
            };
        }
    }

    @Test
    void primingRunsASucceedingAndAFailingColdInvocationWhoseLinesAreLeftOut() {
        RecordingStep step = new RecordingStep();
        ColdStart environment = ColdStart.newEnvironment();
        Observability observability = Observability.builder().config(SNAP_START).coldStart(environment)
                .step(step).snapStartPrimingRounds(1).build();

        new SnapStartHook(observability, environment).beforeCheckpoint(null);

        assertThat(step.seen).containsExactly("success priming=true cold=true", "error priming=true cold=true");
        assertThat(step.written.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(step.sink.lostLines()).isZero();
        observability.call("event", FakeLambda.context("r-1"), () -> "ok");
        assertThat(step.seen).last().isEqualTo("success priming=false cold=true");
        assertThat(step.written.toString(StandardCharsets.UTF_8)).isEqualTo("{\"request\":\"r-1\"}\n");
    }

    @Test
    void primingRunsTheConfiguredRoundsAndByDefaultAtLeastEnoughForTheJitToCompileThePath() {
        RecordingStep step = new RecordingStep();
        Observability.builder().config(SNAP_START).coldStart(ColdStart.newEnvironment()).step(step)
                .snapStartPrimingRounds(3).build().prime();
        assertThat(step.seen).containsExactly("success priming=true cold=true", "error priming=true cold=true",
                "success priming=true cold=true", "error priming=true cold=true",
                "success priming=true cold=true", "error priming=true cold=true");

        RecordingStep byDefault = new RecordingStep();
        Observability.builder().config(SNAP_START).coldStart(ColdStart.newEnvironment()).step(byDefault).build().prime();
        // C1 compiles a method after about 200 invocations (Tier3InvocationThreshold): each path runs more often,
        // and on while the JIT compiles (PrimingRoundsTest), within the most.
        assertThat(byDefault.seen).filteredOn(seen -> seen.startsWith("success")).hasSizeGreaterThan(200)
                .hasSizeBetween(Observability.DEFAULT_PRIMING_ROUNDS, Observability.MAX_PRIMING_ROUNDS);
        assertThat(byDefault.seen).filteredOn(seen -> seen.startsWith("error"))
                .hasSameSizeAs(byDefault.seen.stream().filter(seen -> seen.startsWith("success")).toList());
        assertThat(byDefault.written.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThatThrownBy(() -> Observability.builder().snapStartPrimingRounds(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    @Test
    void primingReadsEachInvocationsFactsFromContextsOfTwoClassesAsTheJitMustNotAssumeOne() {
        List<Context> contexts = new ArrayList<>();
        ObservationStep step = invocation -> {
            contexts.add(invocation.context());
            assertThat(invocation.facts().requestId()).isEqualTo(PrimingContext.REQUEST_ID);
            assertThat(invocation.facts().functionName()).isEqualTo("orders");
            return StepScope.NONE;
        };
        int rounds = Observability.builder().config(SNAP_START).coldStart(ColdStart.newEnvironment()).step(step)
                .snapStartPrimingRounds(2).build().prime();

        assertThat(rounds).isEqualTo(2);
        assertThat(contexts).hasSize(4);
        // The runtime's context class, loaded at the first real invocation, would otherwise undo what was compiled.
        assertThat(contexts.stream().map(Object::getClass).distinct()).hasSize(2);
    }

    @Test
    void theFirstInvocationAfterARestoreIsTheColdStartEvenWhenTheHandlerRanBeforeTheCheckpoint() {
        RecordingStep step = new RecordingStep();
        ColdStart environment = ColdStart.newEnvironment();
        Observability observability = Observability.builder().config(SNAP_START).coldStart(environment)
                .step(step).snapStartPrimingRounds(1).build();
        SnapStartHook hook = new SnapStartHook(observability, environment);
        // A handler that primes itself by invoking its own handler in its init claims the cold start...
        observability.call("event", FakeLambda.context("init-1"), () -> "ok");
        hook.beforeCheckpoint(null);

        hook.afterRestore(null);
        observability.call("event", FakeLambda.context("r-1"), () -> "ok");
        observability.call("event", FakeLambda.context("r-2"), () -> "ok");

        // ...and the restored environment's first invocation is still reported as its cold start.
        assertThat(step.seen).containsExactly("success priming=false cold=true", "success priming=true cold=true",
                "error priming=true cold=true", "success priming=false cold=true", "success priming=false cold=false");
    }

    @Test
    void environmentsRestoredFromOneSnapshotDrawDifferentNumbers() {
        long[] withoutRestore = {draws(false)[0], draws(false)[0]};
        assertThat(withoutRestore[0]).as("one snapshot, no hook: every environment draws the same")
                .isEqualTo(withoutRestore[1]);

        long[] first = draws(true);
        long[] second = draws(true);
        assertThat(first).doesNotContain(second[0], second[1], second[2]);
    }

    /** An environment restored from a snapshot whose random state is seed 42: its first three draws. */
    private static long[] draws(boolean hookRuns) {
        ColdStart environment = ColdStart.newEnvironment();
        Random snapshotState = new Random(42);
        LongSupplier base = snapshotState::nextLong;
        RandomSource random = RandomSource.of(environment, base);
        if (hookRuns) {
            Observability observability = Observability.builder().config(SNAP_START).coldStart(environment).build();
            new SnapStartHook(observability, environment).afterRestore(null);
        }
        return new long[] {random.nextLong(), random.nextLong(), random.nextLong()};
    }

    @Test
    void randomDoublesStayInTheUnitInterval() {
        RandomSource random = RandomSource.of(ColdStart.newEnvironment());
        for (int i = 0; i < 10_000; i++) {
            assertThat(random.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
        }
        assertThat(RandomSource.hex16(0xABCL)).isEqualTo("0000000000000abc");
    }

    /** Contexts with a request id. */
    private static final class FakeLambda {
        static Context context(String requestId) {
            return new PrimingContext(SNAP_START, requestId);
        }
    }
}
