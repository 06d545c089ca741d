package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.logging.context.LevelGate;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.core.filter.AbstractFilter;
import org.apache.logging.log4j.message.Message;

/**
 * The level gate of the shipped configuration, consulted before a log event is even created: the
 * decision of {@link LevelGate} (the invocation's threshold, debug sampling and buffering), a line
 * above the threshold left to the loggers' own levels ({@code NEUTRAL}).
 *
 * <pre>{@code
 * filter.lambda.type = LambdaInvocationFilter      # log4j2 properties configuration
 * }</pre>
 */
@Plugin(name = "LambdaInvocationFilter", category = Node.CATEGORY, elementType = Filter.ELEMENT_TYPE)
public final class InvocationLevelFilter extends AbstractFilter {

    private InvocationLevelFilter() {
        super(Result.NEUTRAL, Result.DENY);
    }

    /**
     * The filter. {@code onMatch} and {@code onMismatch} are accepted because configuration builders
     * add them to every filter, but have no effect: the results are fixed by design.
     */
    @PluginFactory
    public static InvocationLevelFilter createFilter(
            @PluginAttribute("onMatch") Result ignoredOnMatch,
            @PluginAttribute("onMismatch") Result ignoredOnMismatch) {
        return new InvocationLevelFilter();
    }

    private static Result decide(Level level) {
        return switch (LevelGate.decide(Log4jLevels.toLambda(level))) {
            case LOGGER_LEVEL -> Result.NEUTRAL;
            case ACCEPT -> Result.ACCEPT;
            case DENY -> Result.DENY;
        };
    }

    @Override
    public Result filter(LogEvent event) {
        return decide(event.getLevel());
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, Message msg, Throwable t) {
        return decide(level);
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, Object msg, Throwable t) {
        return decide(level);
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, String msg, Object... params) {
        return decide(level);
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0) {
        return decide(level);
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1) {
        return decide(level);
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2) {
        return decide(level);
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2,
                         Object p3) {
        return decide(level);
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2,
                         Object p3, Object p4) {
        return decide(level);
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2,
                         Object p3, Object p4, Object p5) {
        return decide(level);
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2,
                         Object p3, Object p4, Object p5, Object p6) {
        return decide(level);
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2,
                         Object p3, Object p4, Object p5, Object p6, Object p7) {
        return decide(level);
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2,
                         Object p3, Object p4, Object p5, Object p6, Object p7, Object p8) {
        return decide(level);
    }

    @Override
    public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2,
                         Object p3, Object p4, Object p5, Object p6, Object p7, Object p8, Object p9) {
        return decide(level);
    }
}
