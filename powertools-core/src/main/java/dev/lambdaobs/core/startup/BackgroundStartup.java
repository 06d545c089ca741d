package dev.lambdaobs.core.startup;

import dev.lambdaobs.core.config.EnvironmentVariables;
import dev.lambdaobs.core.config.Settings;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the modules' {@link StartupTask}s on one daemon thread, so that loading Log4j2's plugins, the
 * X-Ray SDK, the EMF library and Jackson overlaps with Log4j2's start-up on the main thread instead of
 * following it. Lambda's init phase runs with the function's full CPU, so the overlap shortens the cold
 * start; the tasks' results are ordinary class loading and shared objects, which the invocation path
 * would otherwise build itself (and waits for, through class initialization, when it gets there first).
 *
 * <p>Started once per process, as early as possible: powertools-logging starts it when Log4j2 starts.
 * A handler that does not use powertools-logging can start it first thing in its static initializer:
 *
 * <pre>{@code
 * static { BackgroundStartup.begin(); }
 * }</pre>
 *
 * <p>Only inside Lambda ({@code LAMBDA_TASK_ROOT} set). {@code POWERTOOLS_BACKGROUND_STARTUP} picks the
 * modules ({@code logging,metrics}), or turns it off ({@code false}); a module that its own settings turn
 * off ({@code POWERTOOLS_TRACE_DISABLED=true}) is left out. A task that fails is skipped silently: the
 * same work fails again on the invocation path, which reports it.
 */
public final class BackgroundStartup {
    /** The background thread's name, for thread dumps. */
    public static final String THREAD_NAME = "lambdaobs-startup";
    /** The process' start-up happens once, like its cold start. */
    private static final AtomicBoolean BEGUN = new AtomicBoolean();
    /** The thread {@link #begin()} started, for {@link #awaitCompletion(Duration)}. */
    private static volatile Thread started;

    private BackgroundStartup() {
    }

    /** Starts the registered tasks for this process' environment; later calls do nothing. */
    public static void begin() {
        if (BEGUN.compareAndSet(false, true)) {
            started = start(Settings.of(System.getenv(), Diagnostics.stderr()),
                    ServiceLoader.load(StartupTask.class, BackgroundStartup.class.getClassLoader())).orElse(null);
        }
    }

    /**
     * Waits up to {@code timeout} for the tasks {@link #begin()} started, so that a SnapStart snapshot
     * holds their work instead of a thread in the middle of it; nothing is started or run again.
     *
     * @return true when no task is running any more
     */
    public static boolean awaitCompletion(Duration timeout) {
        Thread thread = started;
        if (thread == null) {
            return true;
        }
        try {
            thread.join(Math.max(1, timeout.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    /**
     * Starts the {@code tasks} that {@code settings} select on a new daemon thread, when the settings are
     * Lambda's and do not turn background start-up off.
     *
     * @return the started thread, or empty when nothing was started
     */
    public static Optional<Thread> start(Settings settings, Iterable<? extends StartupTask> tasks) {
        if (settings.string(EnvironmentVariables.LAMBDA_TASK_ROOT).isEmpty()) {
            return Optional.empty();
        }
        StartupSelection selection = StartupSelection.from(settings);
        if (selection.isEmpty()) {
            return Optional.empty();
        }
        Thread thread = new Thread(() -> runAll(settings, selection, tasks), THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return Optional.of(thread);
    }

    private static void runAll(Settings settings, StartupSelection selection, Iterable<? extends StartupTask> tasks) {
        try {
            List<Registered> registered = registered(tasks);
            reportUnknownModules(settings, selection, registered);
            for (Registered entry : registered) {
                try {
                    if (selection.includes(entry.module()) && entry.task().wantedIn(settings)) {
                        entry.task().run();
                    }
                } catch (Exception | LinkageError e) {
                    // Done again, and reported, on the invocation path.
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // Never a stack trace from this thread: the modules start lazily instead.
        }
    }

    /** A task with its module and order, read once: a task that cannot say them is left out. */
    private record Registered(StartupTask task, String module, int order) {
    }

    private static List<Registered> registered(Iterable<? extends StartupTask> tasks) {
        List<Registered> registered = new ArrayList<>();
        try {
            for (StartupTask task : tasks) {
                try {
                    String module = task.module();
                    if (module != null) {
                        registered.add(new Registered(task, module.toLowerCase(Locale.ROOT), task.order()));
                    }
                } catch (RuntimeException | LinkageError e) {
                    // A task built against another version of this interface: its module starts lazily.
                }
            }
        } catch (ServiceConfigurationError e) {
            // A broken service entry: the modules after it start lazily instead.
        }
        registered.sort(Comparator.comparingInt(Registered::order));
        return registered;
    }

    private static void reportUnknownModules(Settings settings, StartupSelection selection, List<Registered> registered) {
        Set<String> known = new TreeSet<>();
        registered.forEach(entry -> known.add(entry.module()));
        Set<String> unknown = new TreeSet<>(selection.modules());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            settings.diagnostics().warnOnce("config." + EnvironmentVariables.BACKGROUND_STARTUP,
                    EnvironmentVariables.BACKGROUND_STARTUP + " names " + unknown
                            + ", which no module on the class path registers (registered: " + known
                            + "); they are ignored");
        }
    }
}
