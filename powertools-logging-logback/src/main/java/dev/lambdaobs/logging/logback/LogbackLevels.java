package dev.lambdaobs.logging.logback;

import ch.qos.logback.classic.Level;
import dev.lambdaobs.core.config.LogLevel;

/** Logback's levels as Lambda's; the names are the same, so Lambda's filter reads our lines. */
final class LogbackLevels {
    private LogbackLevels() {
    }

    /** Lambda's level of a Logback level (Logback has no FATAL). */
    static LogLevel toLambda(Level level) {
        int value = level.toInt();
        if (value >= Level.ERROR_INT) {
            return LogLevel.ERROR;
        } else if (value >= Level.WARN_INT) {
            return LogLevel.WARN;
        } else if (value >= Level.INFO_INT) {
            return LogLevel.INFO;
        } else if (value >= Level.DEBUG_INT) {
            return LogLevel.DEBUG;
        }
        return LogLevel.TRACE;
    }
}
