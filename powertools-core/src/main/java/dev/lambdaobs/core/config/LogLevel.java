package dev.lambdaobs.core.config;

import java.util.Locale;
import java.util.Optional;

/** Lambda's log levels, as {@code AWS_LAMBDA_LOG_LEVEL} names them, from most to least verbose. */
public enum LogLevel {
    TRACE, DEBUG, INFO, WARN, ERROR, FATAL;

    /** Parses a level name case-insensitively; {@code WARNING} is accepted for {@code WARN}. */
    public static Optional<LogLevel> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        if (name.equals("WARNING")) {
            return Optional.of(WARN);
        }
        for (LogLevel level : values()) {
            if (level.name().equals(name)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** True when a line at this level is at least as severe as {@code threshold}. */
    public boolean isAtLeast(LogLevel threshold) {
        return compareTo(threshold) >= 0;
    }
}
