package dev.lambdaobs.logging.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the one {@link LoggingBackend} on the class path, once per class loader. None, or more than one,
 * is a build mistake: it fails fast, naming the artifacts to choose from.
 *
 * <pre>{@code
 * LoggingBackend backend = LoggingBackends.current();
 * }</pre>
 */
public final class LoggingBackends {
    static final String ARTIFACTS = "dev.lambdaobs:powertools-logging-log4j (Log4j2) or "
            + "dev.lambdaobs:powertools-logging-logback (Logback)";

    /** Found once; two threads finding it at once find the same one. */
    private static volatile LoggingBackend current;

    private LoggingBackends() {
    }

    /**
     * The backend on the class path.
     *
     * @throws IllegalStateException when there is none or more than one
     */
    public static LoggingBackend current() {
        LoggingBackend backend = current;
        if (backend == null) {
            backend = load(LoggingBackends.class.getClassLoader());
            current = backend;
        }
        return backend;
    }

    /** The one backend {@code loader} finds; see {@link #current()}. */
    static LoggingBackend load(ClassLoader loader) {
        List<LoggingBackend> found = new ArrayList<>();
        ServiceLoader.load(LoggingBackend.class, loader).forEach(found::add);
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("powertools-logging needs a logging backend on the class path: add "
                    + ARTIFACTS);
        }
        List<String> names = found.stream().map(LoggingBackend::name).toList();
        throw new IllegalStateException("powertools-logging found " + names.size() + " logging backends " + names
                + " on the class path: keep one of " + ARTIFACTS);
    }
}
