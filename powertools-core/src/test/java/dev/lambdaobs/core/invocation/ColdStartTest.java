package dev.lambdaobs.core.invocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.config.InitializationType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColdStartTest {

    @Test
    void onlyTheFirstOnDemandInvocationIsCold() {
        ColdStart environment = ColdStart.newEnvironment();

        assertThat(environment.isColdStart("req-1", InitializationType.ON_DEMAND)).isTrue();
        assertThat(environment.isColdStart("req-2", InitializationType.ON_DEMAND)).isFalse();
        assertThat(environment.isColdStart("req-3", InitializationType.ON_DEMAND)).isFalse();
    }

    @Test
    void everyModuleAskingAboutTheColdInvocationGetsTheSameAnswer() {
        ColdStart environment = ColdStart.newEnvironment();

        assertThat(environment.isColdStart("req-1", InitializationType.ON_DEMAND)).isTrue();
        assertThat(environment.isColdStart("req-1", InitializationType.ON_DEMAND)).isTrue();
        assertThat(environment.isColdStart("req-2", InitializationType.ON_DEMAND)).isFalse();
        assertThat(environment.isColdStart("req-1", InitializationType.ON_DEMAND)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = InitializationType.class, names = {"ON_DEMAND", "SNAP_START"}, mode = EnumSource.Mode.EXCLUDE)
    void environmentsInitializedAheadOfTrafficNeverHaveColdStarts(InitializationType type) {
        ColdStart environment = ColdStart.newEnvironment();

        assertThat(environment.isColdStart("req-1", type)).isFalse();
        assertThat(environment.isColdStart("req-2", type)).isFalse();
    }

    @Test
    void aSnapStartEnvironmentsFirstInvocationAfterEachRestoreIsItsColdStart() {
        ColdStart environment = ColdStart.newEnvironment();
        assertThat(environment.isColdStart("req-1", InitializationType.SNAP_START)).isTrue();
        assertThat(environment.isColdStart("req-2", InitializationType.SNAP_START)).isFalse();

        environment.restored(7);

        assertThat(environment.isColdStart("req-3", InitializationType.SNAP_START)).isTrue();
        assertThat(environment.isColdStart("req-4", InitializationType.SNAP_START)).isFalse();
        assertThat(environment.entropy()).isNotZero();
    }

    @Test
    void exactlyOneOf32ConcurrentFirstInvocationsIsCold() throws Exception {
        for (int round = 0; round < 20; round++) {
            ColdStart environment = ColdStart.newEnvironment();
            int threads = 32;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Boolean>> answers = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    String requestId = "req-" + i;
                    Callable<Boolean> invoke = () -> {
                        go.await();
                        boolean first = environment.isColdStart(requestId, InitializationType.ON_DEMAND);
                        boolean again = environment.isColdStart(requestId, InitializationType.ON_DEMAND);
                        return first && again;
                    };
                    answers.add(pool.submit(invoke));
                }
                go.countDown();
                int cold = 0;
                for (Future<Boolean> answer : answers) {
                    cold += answer.get() ? 1 : 0;
                }
                assertThat(cold).as("cold starts in round %d", round).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
