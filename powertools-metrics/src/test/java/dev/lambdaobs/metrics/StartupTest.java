package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.config.Settings;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.startup.StartupTask;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(StdoutCaptureExtension.class)
class StartupTest {

    @Test
    void theBackgroundStartupFindsTheMetricsTaskAndItWritesNothing(CapturedStdout stdout) throws Exception {
        StartupTask task = ServiceLoader.load(StartupTask.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(MetricsStartup.class::isInstance)
                .findFirst().orElseThrow();

        task.run();

        assertThat(stdout.lines()).isEmpty();
        assertThat(task.module()).isEqualTo("metrics");
        // After tracing's task, which has the default order: a first invocation opens its segment first.
        assertThat(task.order()).isGreaterThan(StartupTask.DEFAULT_ORDER);
    }

    @Test
    void isLeftOutWhenMetricsAreTurnedOff() {
        MetricsStartup task = new MetricsStartup();
        Diagnostics quiet = Diagnostics.to(line -> { });

        assertThat(task.wantedIn(Settings.of(Map.of(), quiet))).isTrue();
        assertThat(task.wantedIn(Settings.of(Map.of("POWERTOOLS_METRICS_DISABLED", "true"), quiet))).isFalse();
    }
}
