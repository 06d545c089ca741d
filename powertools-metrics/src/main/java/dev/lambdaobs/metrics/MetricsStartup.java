package dev.lambdaobs.metrics;

import static dev.lambdaobs.core.config.EnvironmentVariables.METRICS_DISABLED;

import dev.lambdaobs.core.config.Settings;
import dev.lambdaobs.core.startup.StartupTask;

/**
 * Loads the EMF library and Jackson's serializers on the background start-up thread (see
 * {@link dev.lambdaobs.core.startup.BackgroundStartup}), unless {@code POWERTOOLS_METRICS_DISABLED=true}.
 * Registered as a service; not for direct use.
 */
public final class MetricsStartup implements StartupTask {
    /** The module's name in {@code POWERTOOLS_BACKGROUND_STARTUP}. */
    public static final String MODULE = "metrics";

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public boolean wantedIn(Settings settings) {
        return !settings.bool(METRICS_DISABLED, false);
    }

    /**
     * After tracing's task: a first invocation opens its trace segment before it records metrics, so the
     * main thread needs the X-Ray SDK first.
     */
    @Override
    public int order() {
        return DEFAULT_ORDER + 1;
    }

    @Override
    public void run() {
        EmfWriter.prepare();
    }
}
