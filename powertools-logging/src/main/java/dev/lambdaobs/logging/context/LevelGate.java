package dev.lambdaobs.logging.context;

import dev.lambdaobs.core.config.LogLevel;

/**
 * The level decision both backends' filters make before a line is even created. Inside an observed
 * invocation it applies that invocation's threshold, debug sampling and buffering; outside, the
 * threshold from the process environment. A line at or above the threshold is left to the loggers' own
 * levels, so a user's per-logger levels still apply. For backends; not for direct use.
 *
 * <pre>{@code
 * LevelGate.Decision decision = LevelGate.decide(LogLevel.DEBUG);
 * }</pre>
 */
public final class LevelGate {
    /** What the filter answers. */
    public enum Decision {
        /** At or above the threshold: the logger's own level decides. */
        LOGGER_LEVEL,
        /** Below the threshold but sampled or buffered: written or held whatever the logger's level. */
        ACCEPT,
        /** Dropped. */
        DENY
    }

    private LevelGate() {
    }

    /** The decision for a line at {@code level} on this thread now. */
    public static Decision decide(LogLevel level) {
        LogContext context = LogContext.current();
        if (context == null) {
            return level.isAtLeast(ProcessDefaults.threshold()) ? Decision.LOGGER_LEVEL : Decision.DENY;
        }
        if (level.isAtLeast(context.threshold())) {
            return Decision.LOGGER_LEVEL;
        }
        // Below the threshold: only sampled DEBUG lines and lines the buffer holds get through.
        return context.enables(level) ? Decision.ACCEPT : Decision.DENY;
    }
}
