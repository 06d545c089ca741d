package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.config.LogLevel;
import org.apache.logging.log4j.Level;

/** Lambda's log levels as Log4j levels; the names are the same, so Lambda's filter reads our lines. */
public final class Log4jLevels {
    private Log4jLevels() {
    }

    public static Level of(LogLevel level) {
        return switch (level) {
            case TRACE -> Level.TRACE;
            case DEBUG -> Level.DEBUG;
            case INFO -> Level.INFO;
            case WARN -> Level.WARN;
            case ERROR -> Level.ERROR;
            case FATAL -> Level.FATAL;
        };
    }
}
