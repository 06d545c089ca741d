package dev.lambdaobs.metrics;

import static dev.lambdaobs.core.config.EnvironmentVariables.METRICS_DISABLED;
import static dev.lambdaobs.core.config.EnvironmentVariables.METRICS_EMF_BACKEND;

import dev.lambdaobs.core.config.Settings;
import dev.lambdaobs.core.startup.StartupTask;

/**
 * Loads what writing the first EMF document needs on the background start-up thread (see
 * {@link dev.lambdaobs.core.startup.BackgroundStartup}), unless {@code POWERTOOLS_METRICS_DISABLED=true}:
 * the built-in writer's few classes, or the EMF library and Jackson's serializers when
 * {@code POWERTOOLS_METRICS_EMF_BACKEND=aws-embedded-metrics}. Registered as a service; not for direct use.
 */
public final class MetricsStartup implements StartupTask {
    /** The module's name in {@code POWERTOOLS_BACKGROUND_STARTUP}. */
    public static final String MODULE = "metrics";

    /** The backend the settings name, read by {@link #wantedIn}, which the start-up calls before {@link #run}. */
    private volatile EmfBackend backend = EmfBackend.BUILT_IN;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public boolean wantedIn(Settings settings) {
        // Read quietly: the step reports an invalid value when it is built.
        EmfBackend named = settings.string(METRICS_EMF_BACKEND).map(EmfBackend::named).orElse(null);
        backend = named == null ? EmfBackend.BUILT_IN : named;
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
        EmfSerializer.prepare(backend);
    }
}
