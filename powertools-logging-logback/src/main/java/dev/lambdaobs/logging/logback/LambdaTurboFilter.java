package dev.lambdaobs.logging.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.EventArgUtil;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.logging.context.LogContext;
import dev.lambdaobs.logging.context.ProcessDefaults;
import org.slf4j.Marker;

/**
 * The level gate, consulted before Logback creates an event. Inside an observed invocation it applies
 * that invocation's threshold, debug sampling and buffering; outside, the threshold from the process
 * environment. A line above the threshold is left to the loggers' own levels ({@code NEUTRAL}), so a
 * user's per-logger levels still apply.
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
        LogContext context = LogContext.current();
        if (context == null) {
            return level.isAtLeast(ProcessDefaults.threshold()) ? FilterReply.NEUTRAL : FilterReply.DENY;
        }
        if (level.isAtLeast(context.threshold())) {
            return FilterReply.NEUTRAL;
        }
        // Below the threshold: only sampled DEBUG lines and lines the buffer holds get through.
        return context.enables(level) ? FilterReply.ACCEPT : FilterReply.DENY;
    }
}
