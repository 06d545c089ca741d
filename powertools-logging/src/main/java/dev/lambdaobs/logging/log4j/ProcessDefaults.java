package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.masking.MaskingPolicy;
import dev.lambdaobs.logging.LoggingConfig;
import org.apache.logging.log4j.Level;

/**
 * What lines logged outside an observed invocation (static initializers, background threads) use:
 * the process environment, parsed once when Log4j first needs it. Inside an invocation, the
 * {@code LoggingStep}'s own configuration applies instead.
 */
final class ProcessDefaults {
    private ProcessDefaults() {
    }

    static PowertoolsConfig config() {
        return Holder.CONFIG;
    }

    static Level threshold() {
        return Holder.THRESHOLD;
    }

    /** What error messages and stacks are masked with. */
    static MaskingPolicy masking() {
        return Holder.LOGGING.masking();
    }

    static boolean location() {
        return Holder.LOGGING.location();
    }

    private static final class Holder {
        static final PowertoolsConfig CONFIG = PowertoolsConfig.process();
        static final LoggingConfig LOGGING = LoggingConfig.from(CONFIG);
        static final Level THRESHOLD = Log4jLevels.of(LOGGING.level());
    }
}
