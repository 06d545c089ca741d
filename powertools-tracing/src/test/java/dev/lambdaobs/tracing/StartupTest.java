package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.lambdaobs.core.config.Settings;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.startup.StartupTask;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class StartupTest {

    @Test
    void theBackgroundStartupFindsTheTracingTaskAndItNeverThrows() {
        List<StartupTask> tasks = ServiceLoader.load(StartupTask.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(TracingStartup.class::isInstance)
                .toList();

        assertThat(tasks).hasSize(1);
        // Outside Lambda the process tracer is the no-op one, reported once; the task still completes.
        assertThatCode(tasks.get(0)::run).doesNotThrowAnyException();
        assertThat(tasks.get(0).module()).isEqualTo("tracing");
    }

    @Test
    void isLeftOutWhenTracingIsTurnedOffAndRunsBeforeTheMetricsTask() {
        TracingStartup task = new TracingStartup();
        Diagnostics quiet = Diagnostics.to(line -> { });

        assertThat(task.wantedIn(Settings.of(Map.of(), quiet))).isTrue();
        assertThat(task.wantedIn(Settings.of(Map.of("POWERTOOLS_TRACE_DISABLED", "TRUE"), quiet))).isFalse();
        // A first invocation opens its segment before it records metrics (MetricsStartup's order is after).
        assertThat(task.order()).isEqualTo(StartupTask.DEFAULT_ORDER);
    }
}
