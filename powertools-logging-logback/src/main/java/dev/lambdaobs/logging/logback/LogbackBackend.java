package dev.lambdaobs.logging.logback;

import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.logging.StructuredArgument;
import dev.lambdaobs.logging.backend.LoggingBackend;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;

/**
 * powertools-logging's Logback backend: the step's own lines go through SLF4J (Logback's own API), and
 * SLF4J's MDC is saved and restored around each invocation. Registered as a {@link LoggingBackend}
 * service; not for direct use.
 */
public final class LogbackBackend implements LoggingBackend {
    @Override
    public String name() {
        return "logback";
    }

    @Override
    public StepLogger logger(String name) {
        Logger logger = LoggerFactory.getLogger(name);
        return new StepLogger() {
            @Override
            public void info(String message, StructuredArgument argument) {
                logger.info(message, argument);
            }

            @Override
            public void log(LogLevel level, String message, StructuredArgument argument) {
                // SLF4J has no FATAL: Logback writes it as ERROR.
                logger.atLevel(level == LogLevel.FATAL ? Level.ERROR : Level.valueOf(level.name())).addArgument(argument).log(message);
            }

            @Override
            public void error(String message, Throwable error) {
                logger.error(message, error);
            }
        };
    }

    @Override
    public Map<String, String> threadContext() {
        Map<String, String> copy = MDC.getCopyOfContextMap();
        return copy == null || copy.isEmpty() ? Map.of() : copy;
    }

    @Override
    public void restoreThreadContext(Map<String, String> saved) {
        MDC.clear();
        if (!saved.isEmpty()) {
            MDC.setContextMap(saved);
        }
    }
}
