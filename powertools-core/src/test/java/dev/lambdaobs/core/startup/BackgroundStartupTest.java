package dev.lambdaobs.core.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.config.Settings;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class BackgroundStartupTest {
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final List<String> reported = new CopyOnWriteArrayList<>();

    /** A task that records its module's name when it runs, then does {@code body}. */
    private record Task(String module, int order, boolean wanted, Runnable body, List<String> ran)
            implements StartupTask {
        Task(String module, List<String> ran) {
            this(module, DEFAULT_ORDER, true, () -> { }, ran);
        }

        @Override
        public boolean wantedIn(Settings settings) {
            return wanted;
        }

        @Override
        public void run() {
            ran.add(module);
            body.run();
        }
    }

    private Settings lambda(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("LAMBDA_TASK_ROOT", "/var/task"));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return Settings.of(env, Diagnostics.to(reported::add));
    }

    private List<String> runToEnd(Settings settings, List<StartupTask> tasks) throws InterruptedException {
        Thread thread = BackgroundStartup.start(settings, tasks).orElseThrow();
        thread.join(5_000);
        assertThat(thread.isAlive()).isFalse();
        return ran;
    }

    @Test
    void runsEveryTaskOnOneDaemonThreadInOrderAndGoesOnAfterAFailure() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        StartupTask failing = new Task("tracing", 0, true, () -> {
            throw new IllegalStateException("no daemon");
        }, ran);
        StartupTask linkage = new Task("metrics", 5, true, () -> {
            throw new NoClassDefFoundError("com/example/Missing");
        }, ran);
        StartupTask first = new Task("logging", -1, true, () -> threads.add(Thread.currentThread().getName()), ran);
        Thread thread = BackgroundStartup.start(lambda(), List.of(failing, linkage, first)).orElseThrow();
        thread.join(5_000);

        assertThat(thread.isDaemon()).isTrue();
        assertThat(ran).containsExactly("logging", "tracing", "metrics");
        assertThat(threads).containsExactly(BackgroundStartup.THREAD_NAME);
        assertThat(reported).isEmpty();
    }

    @Test
    void leavesOutATaskThatCannotNameItsModuleAndRunsTheOthers() throws Exception {
        StartupTask noModule = new Task(null, ran);
        StartupTask brokenModule = new StartupTask() {
            @Override
            public String module() {
                throw new AbstractMethodError("built against an older StartupTask");
            }

            @Override
            public void run() {
                ran.add("broken");
            }
        };

        assertThat(runToEnd(lambda(), List.of(noModule, brokenModule, new Task("Metrics", ran))))
                .containsExactly("Metrics");
        assertThat(reported).isEmpty();
    }

    @Test
    void runsEveryModuleWhenTheSettingSaysTrue() throws Exception {
        List<StartupTask> tasks = List.of(new Task("logging", ran), new Task("tracing", ran));

        assertThat(runToEnd(lambda("POWERTOOLS_BACKGROUND_STARTUP", "True"), tasks))
                .containsExactly("logging", "tracing");
    }

    @Test
    void startsNothingOutsideLambda() {
        Settings outside = Settings.of(Map.of(), Diagnostics.to(reported::add));

        assertThat(BackgroundStartup.start(outside, List.of(new Task("logging", ran)))).isEmpty();
        assertThat(ran).isEmpty();
    }

    @Test
    void startsNothingWhenTurnedOff() {
        Settings off = lambda("POWERTOOLS_BACKGROUND_STARTUP", " FALSE ");

        assertThat(BackgroundStartup.start(off, List.of(new Task("logging", ran)))).isEmpty();
        assertThat(ran).isEmpty();
    }

    @Test
    void runsOnlyTheModulesTheSettingNames() throws Exception {
        List<StartupTask> tasks = List.of(new Task("logging", ran), new Task("metrics", ran), new Task("tracing", ran));

        assertThat(runToEnd(lambda("POWERTOOLS_BACKGROUND_STARTUP", "Logging, tracing"), tasks))
                .containsExactly("logging", "tracing");
        assertThat(reported).isEmpty();
    }

    @Test
    void leavesOutAModuleThatItsOwnSettingsTurnOff() throws Exception {
        StartupTask unwanted = new Task("tracing", 0, false, () -> { }, ran);

        assertThat(runToEnd(lambda(), List.of(new Task("logging", ran), unwanted))).containsExactly("logging");
    }

    @Test
    void reportsOnceTheModulesNoTaskRegistersAndRunsTheOthers() throws Exception {
        Settings settings = lambda("POWERTOOLS_BACKGROUND_STARTUP", "logging,tracer");
        List<StartupTask> tasks = List.of(new Task("logging", ran), new Task("tracing", ran));

        runToEnd(settings, tasks);
        assertThat(runToEnd(settings, tasks)).containsExactly("logging", "logging");
        assertThat(reported).singleElement().asString()
                .contains("POWERTOOLS_BACKGROUND_STARTUP names [tracer]")
                .contains("registered: [logging, tracing]");
    }
}
