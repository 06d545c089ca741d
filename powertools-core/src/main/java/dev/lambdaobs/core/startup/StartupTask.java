package dev.lambdaobs.core.startup;

/**
 * Work a module does once per process to be ready for its first invocation: loading and linking its
 * libraries' classes, building what every invocation shares. Modules register one as a service
 * ({@code META-INF/services/dev.lambdaobs.core.startup.StartupTask}); {@link BackgroundStartup} runs
 * them on a background thread while the handler's own initialization goes on.
 *
 * <pre>{@code
 * public final class MetricsStartup implements StartupTask {
 *     public void run() {
 *         EmfWriter.prepare();     // loads the EMF library and Jackson's serializers
 *     }
 * }
 * }</pre>
 *
 * <p>A task must be idempotent and free of effects the handler can observe (no output, no network):
 * the same work happens again, lazily, on the invocation path when the task has not finished or failed.
 */
public interface StartupTask {
    void run() throws Exception;
}
