package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.logging.StructuredArgument;
import dev.lambdaobs.logging.backend.LoggingBackend;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

/**
 * powertools-logging's Log4j2 backend: the step's own lines go through the Log4j API, and the
 * ThreadContext is the MDC saved and restored around each invocation. Registered as a
 * {@link LoggingBackend} service; not for direct use.
 */
public final class Log4jBackend implements LoggingBackend {
    @Override
    public String name() {
        return "log4j2";
    }

    @Override
    public StepLogger logger(String name) {
        Logger logger = LogManager.getLogger(name);
        return new StepLogger() {
            @Override
            public void info(String message, StructuredArgument argument) {
                logger.info(message, argument);
            }

            @Override
            public void log(LogLevel level, String message, StructuredArgument argument) {
                logger.log(Level.valueOf(level.name()), message, argument);
            }

            @Override
            public void error(String message, Throwable error) {
                logger.error(message, error);
            }
        };
    }

    /** Log4j2 copies even an empty map, and the ThreadContext is usually empty between invocations. */
    @Override
    public Map<String, String> threadContext() {
        return ThreadContext.isEmpty() ? Map.of() : ThreadContext.getImmutableContext();
    }

    @Override
    public void restoreThreadContext(Map<String, String> saved) {
        ThreadContext.clearMap();
        if (!saved.isEmpty()) {
            ThreadContext.putAll(saved);
        }
    }
}
