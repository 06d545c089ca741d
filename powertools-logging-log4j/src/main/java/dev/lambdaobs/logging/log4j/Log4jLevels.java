package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.config.LogLevel;
import org.apache.logging.log4j.Level;

/** Lambda's log levels as Log4j levels; the names are the same, so Lambda's filter reads our lines. */
public final class Log4jLevels {
    private Log4jLevels() {
    }

    /** The Log4j level of {@code level}. */
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

    /** Lambda's level of a Log4j level; a custom level counts as the standard level it is closest above. */
    public static LogLevel toLambda(Level level) {
        int value = level.intLevel();
        if (value <= Level.FATAL.intLevel()) {
            return LogLevel.FATAL;
        } else if (value <= Level.ERROR.intLevel()) {
            return LogLevel.ERROR;
        } else if (value <= Level.WARN.intLevel()) {
            return LogLevel.WARN;
        } else if (value <= Level.INFO.intLevel()) {
            return LogLevel.INFO;
        } else if (value <= Level.DEBUG.intLevel()) {
            return LogLevel.DEBUG;
        }
        return LogLevel.TRACE;
    }
}
