package dev.lambdaobs.logging.context;

import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.masking.MaskingPolicy;
import dev.lambdaobs.logging.LoggingConfig;

/**
 * What lines logged outside an observed invocation (static initializers, background threads) use:
 * the process environment, parsed once when a backend first needs it. Inside an invocation, the
 * {@code LoggingStep}'s own configuration applies instead. For backends; not for direct use.
 */
public final class ProcessDefaults {
    private ProcessDefaults() {
    }

    /** The process' configuration. */
    public static PowertoolsConfig config() {
        return Holder.CONFIG;
    }

    /** The least severe level written outside an invocation. */
    public static LogLevel threshold() {
        return Holder.LOGGING.level();
    }

    /** What error messages and stacks are masked with. */
    public static MaskingPolicy masking() {
        return Holder.MASKING;
    }

    /** True when lines outside an invocation carry {@code location}. */
    public static boolean location() {
        return Holder.LOGGING.location();
    }

    private static final class Holder {
        static final PowertoolsConfig CONFIG = PowertoolsConfig.process();
        static final LoggingConfig LOGGING = LoggingConfig.from(CONFIG);
        static final MaskingPolicy MASKING = LOGGING.masking();
    }
}
