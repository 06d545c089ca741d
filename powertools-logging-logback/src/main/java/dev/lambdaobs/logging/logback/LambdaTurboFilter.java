package dev.lambdaobs.logging.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.EventArgUtil;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.logging.context.LevelGate;
import org.slf4j.Marker;

/**
 * The level gate, consulted before Logback creates an event: the decision of {@link LevelGate} (the
 * invocation's threshold, debug sampling and buffering), a line above the threshold left to the
 * loggers' own levels ({@code NEUTRAL}).
 *
 * <pre>{@code
 * <turboFilter class="dev.lambdaobs.logging.logback.LambdaTurboFilter"/>
 * }</pre>
 */
public final class LambdaTurboFilter extends TurboFilter {
    @Override
    public FilterReply decide(Marker marker, Logger logger, Level logbackLevel, String format, Object[] params,
                              Throwable t) {
        FilterReply reply = decide(LogbackLevels.toLambda(logbackLevel));
        Throwable thrown = t != null ? t : EventArgUtil.extractThrowable(params);
        if (reply == FilterReply.DENY || thrown == null || UnreadableThrowable.readable(thrown)) {
            return reply;
        }
        // Logback would call getMessage() building the event, and its exception would reach the handler.
        if (reply == FilterReply.ACCEPT || logbackLevel.isGreaterOrEqual(logger.getEffectiveLevel())) {
            logger.callAppenders(UnreadableThrowable.event(logger, logbackLevel, marker, format, params, thrown));
        }
        return FilterReply.DENY;
    }

    private static FilterReply decide(LogLevel level) {
        return switch (LevelGate.decide(level)) {
            case LOGGER_LEVEL -> FilterReply.NEUTRAL;
            case ACCEPT -> FilterReply.ACCEPT;
            case DENY -> FilterReply.DENY;
        };
    }
}
