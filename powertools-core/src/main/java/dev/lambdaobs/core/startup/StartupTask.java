package dev.lambdaobs.core.startup;

import dev.lambdaobs.core.config.Settings;

/**
 * Work a module does once per process to be ready for its first invocation: loading and linking its
 * libraries' classes, building what every invocation shares. Modules register one as a service
 * ({@code META-INF/services/dev.lambdaobs.core.startup.StartupTask}); {@link BackgroundStartup} runs
 * them on a background thread while the handler's own initialization goes on.
 *
 * <pre>{@code
 * public final class MetricsStartup implements StartupTask {
 *     public String module() {
 *         return "metrics";        // as named in POWERTOOLS_BACKGROUND_STARTUP
 *     }
 *
 *     public boolean wantedIn(Settings settings) {
 *         return !settings.bool("POWERTOOLS_METRICS_DISABLED", false);
 *     }
 *
 *     public void run() {
 *         warmUpEmfWriting();      // your module's own work: loads the EMF library and Jackson's serializers
 *     }
 * }
 * }</pre>
 *
 * <p>A task must be idempotent and free of effects the handler can observe (no output, no network):
 * the same work happens again, lazily, on the invocation path when the task has not finished or failed.
 */
public interface StartupTask {
    /** The task's place when nothing says otherwise; lower runs first. */
    int DEFAULT_ORDER = 0;

    /**
     * The module this work belongs to, as {@code POWERTOOLS_BACKGROUND_STARTUP} names it
     * ({@code logging}, {@code metrics}, {@code tracing}), so a function can pick the modules it uses.
     */
    String module();

    /** False when the function's settings turn the module off, so its libraries need not load. */
    default boolean wantedIn(Settings settings) {
        return true;
    }

    /**
     * Tasks run one after another in ascending order: work the main thread will need soonest goes
     * first. {@link #DEFAULT_ORDER} unless overridden.
     */
    default int order() {
        return DEFAULT_ORDER;
    }

    void run() throws Exception;
}
