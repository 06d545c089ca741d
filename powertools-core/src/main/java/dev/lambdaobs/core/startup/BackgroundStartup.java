package dev.lambdaobs.core.startup;

import dev.lambdaobs.core.config.EnvironmentVariables;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the modules' {@link StartupTask}s on one daemon thread, so that loading the X-Ray SDK, the EMF
 * library and Jackson overlaps with Log4j2's start-up on the main thread instead of following it.
 * Lambda's init phase runs with the function's full CPU, so the overlap shortens the cold start; the
 * tasks' results are ordinary class loading and shared objects, which the invocation path would
 * otherwise build itself (and waits for, through class initialization, when it gets there first).
 *
 * <p>Started once per process, as early as possible: powertools-logging starts it when Log4j2 starts.
 * A handler that does not use powertools-logging can start it first thing in its static initializer:
 *
 * <pre>{@code
 * static { BackgroundStartup.begin(); }
 * }</pre>
 *
 * <p>Only inside Lambda ({@code LAMBDA_TASK_ROOT} set), and not when
 * {@code POWERTOOLS_BACKGROUND_STARTUP=false}. A task that fails is skipped silently: the same work
 * fails again on the invocation path, which reports it.
 */
public final class BackgroundStartup {
    /** The background thread's name, for thread dumps. */
    public static final String THREAD_NAME = "lambdaobs-startup";
    /** The process' start-up happens once, like its cold start. */
    private static final AtomicBoolean BEGUN = new AtomicBoolean();

    private BackgroundStartup() {
    }

    /** Starts the registered tasks for this process' environment; later calls do nothing. */
    public static void begin() {
        if (BEGUN.compareAndSet(false, true)) {
            start(System.getenv(), ServiceLoader.load(StartupTask.class, BackgroundStartup.class.getClassLoader()));
        }
    }

    /**
     * Starts {@code tasks} on a new daemon thread when {@code environment} is Lambda's and does not turn
     * background start-up off.
     *
     * @return the started thread, or empty when nothing was started
     */
    public static Optional<Thread> start(Map<String, String> environment, Iterable<? extends StartupTask> tasks) {
        if (!environment.containsKey(EnvironmentVariables.LAMBDA_TASK_ROOT)
                || "false".equalsIgnoreCase(environment.getOrDefault(EnvironmentVariables.BACKGROUND_STARTUP, "").trim())) {
            return Optional.empty();
        }
        Thread thread = new Thread(() -> runAll(tasks), THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return Optional.of(thread);
    }

    private static void runAll(Iterable<? extends StartupTask> tasks) {
        try {
            for (StartupTask task : tasks) {
                try {
                    task.run();
                } catch (Exception | LinkageError e) {
                    // Done again, and reported, on the invocation path.
                }
            }
        } catch (ServiceConfigurationError e) {
            // A broken service entry: the modules start lazily instead.
        }
    }
}
