package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.startup.StartupTask;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.StdoutCaptureExtension;
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
    }
}
