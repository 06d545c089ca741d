package dev.lambdaobs.logging.backend;

import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.logging.StructuredArgument;
import java.util.Map;

/**
 * What {@code LoggingStep} needs from the logging library that writes the lines: a logger for its own
 * lines (event, response, error) and the thread's MDC, saved and restored around each invocation.
 * {@code powertools-logging-log4j} and {@code powertools-logging-logback} each register one as a
 * {@link java.util.ServiceLoader} service; {@link LoggingBackends#current()} finds it.
 *
 * <pre>{@code
 * # META-INF/services/dev.lambdaobs.logging.backend.LoggingBackend
 * dev.lambdaobs.logging.logback.LogbackBackend
 * }</pre>
 */
public interface LoggingBackend {
    /** The backend's name in messages: {@code log4j2} or {@code logback}. */
    String name();

    /** The logger named {@code name}, for the step's own lines. */
    StepLogger logger(String name);

    /** The thread's MDC (ThreadContext) entries now; an empty map when there are none. */
    Map<String, String> threadContext();

    /** Replaces the thread's MDC entries with {@code saved}. */
    void restoreThreadContext(Map<String, String> saved);

    /** The two kinds of line the step writes itself. */
    interface StepLogger {
        /** Logs {@code message} at INFO with {@code argument} as a top-level key. */
        void info(String message, StructuredArgument argument);

        /** Logs {@code message} at {@code level} with {@code argument} as a top-level key (SnapStart priming's line). */
        void log(LogLevel level, String message, StructuredArgument argument);

        /** Logs {@code message} at ERROR with {@code error}'s name, message and stack. */
        void error(String message, Throwable error);
    }
}
