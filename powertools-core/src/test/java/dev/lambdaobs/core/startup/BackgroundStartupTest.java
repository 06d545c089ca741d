package dev.lambdaobs.core.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class BackgroundStartupTest {
    private static final Map<String, String> LAMBDA = Map.of("LAMBDA_TASK_ROOT", "/var/task");

    private final List<String> ran = new CopyOnWriteArrayList<>();

    @Test
    void runsEveryTaskOnOneDaemonThreadAndGoesOnAfterAFailure() throws Exception {
        StartupTask failing = () -> {
            ran.add("failing");
            throw new IllegalStateException("no daemon");
        };
        StartupTask linkage = () -> {
            ran.add("linkage");
            throw new NoClassDefFoundError("com/example/Missing");
        };
        StartupTask recording = () -> ran.add(Thread.currentThread().getName());

        Thread thread = BackgroundStartup.start(LAMBDA, List.of(failing, linkage, recording)).orElseThrow();
        thread.join(5_000);

        assertThat(thread.isDaemon()).isTrue();
        assertThat(ran).containsExactly("failing", "linkage", BackgroundStartup.THREAD_NAME);
    }

    @Test
    void startsNothingOutsideLambda() {
        Optional<Thread> thread = BackgroundStartup.start(Map.of(), List.of(() -> ran.add("ran")));

        assertThat(thread).isEmpty();
        assertThat(ran).isEmpty();
    }

    @Test
    void startsNothingWhenTurnedOff() {
        Map<String, String> off = Map.of("LAMBDA_TASK_ROOT", "/var/task", "POWERTOOLS_BACKGROUND_STARTUP", " FALSE ");

        assertThat(BackgroundStartup.start(off, List.of(() -> ran.add("ran")))).isEmpty();
        assertThat(ran).isEmpty();
    }
}
