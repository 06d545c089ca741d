package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.config.LogLevel;
import org.apache.logging.log4j.Level;

/** Log4j levels as Lambda's; the names are the same, so Lambda's filter reads our lines. */
public final class Log4jLevels {
    private Log4jLevels() {
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
