package dev.lambdaobs.logging.log4j.slf4j;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.util.Arrays;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.slf4j.Marker;
import org.slf4j.spi.LocationAwareLogger;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * An SLF4J logger over a Log4j logger. Each plain call goes to Log4j's overload of the same arity, so
 * one or two arguments need no varargs array and the call stays garbage-free as through the Log4j API;
 * the fluent API ({@code atInfo()...}) gets a {@link SafeEventBuilder}. {@link #FQCN} tells Log4j where
 * the caller's frame starts, for the location fields.
 */
final class Slf4jLogger implements LocationAwareLogger {
    static final String FQCN = Slf4jLogger.class.getName();

    private final String name;
    private final ExtendedLogger logger;
    private final Slf4jMarkers markers;
    private final Diagnostics diagnostics;

    Slf4jLogger(String name, ExtendedLogger logger, Slf4jMarkers markers, Diagnostics diagnostics) {
        this.name = name;
        this.logger = logger;
        this.markers = markers;
        this.diagnostics = diagnostics;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isEnabledForLevel(org.slf4j.event.Level level) {
        return logger.isEnabled(level(level.toInt()), null, null);
    }

    @Override
    public LoggingEventBuilder makeLoggingEventBuilder(org.slf4j.event.Level level) {
        return new SafeEventBuilder(logger, level(level.toInt()), markers, diagnostics);
    }

    /** The entry point of bridges (jcl-over-slf4j, jul-to-slf4j), which pass their own FQCN. */
    @Override
    public void log(Marker marker, String fqcn, int level, String message, Object[] arguments, Throwable t) {
        Level log4jLevel = level(level);
        org.apache.logging.log4j.Marker log4jMarker = markers.log4j(marker);
        if (t == null) {
            logger.logIfEnabled(fqcn, log4jLevel, log4jMarker, message, arguments);
        } else if (arguments == null || arguments.length == 0) {
            logger.logIfEnabled(fqcn, log4jLevel, log4jMarker, message, t);
        } else {
            // A trailing Throwable parameter is the event's throwable, as Log4j reads parameters.
            Object[] withCause = Arrays.copyOf(arguments, arguments.length + 1);
            withCause[arguments.length] = t;
            logger.logIfEnabled(fqcn, log4jLevel, log4jMarker, message, withCause);
        }
    }

    private static Level level(int slf4jLevel) {
        return switch (slf4jLevel) {
            case TRACE_INT -> Level.TRACE;
            case DEBUG_INT -> Level.DEBUG;
            case INFO_INT -> Level.INFO;
            case WARN_INT -> Level.WARN;
            default -> Level.ERROR;
        };
    }

    @Override
    public boolean isTraceEnabled() { return logger.isEnabled(Level.TRACE, null, null); }
    @Override
    public boolean isTraceEnabled(Marker marker) { return logger.isEnabled(Level.TRACE, markers.log4j(marker), null); }
    @Override
    public void trace(String msg) { logger.logIfEnabled(FQCN, Level.TRACE, null, msg); }
    @Override
    public void trace(String format, Object arg) { logger.logIfEnabled(FQCN, Level.TRACE, null, format, arg); }
    @Override
    public void trace(String format, Object arg1, Object arg2) { logger.logIfEnabled(FQCN, Level.TRACE, null, format, arg1, arg2); }
    @Override
    public void trace(String format, Object... arguments) { logger.logIfEnabled(FQCN, Level.TRACE, null, format, arguments); }
    @Override
    public void trace(String msg, Throwable t) { logger.logIfEnabled(FQCN, Level.TRACE, null, msg, t); }
    @Override
    public void trace(Marker marker, String msg) { logger.logIfEnabled(FQCN, Level.TRACE, markers.log4j(marker), msg); }
    @Override
    public void trace(Marker marker, String format, Object arg) { logger.logIfEnabled(FQCN, Level.TRACE, markers.log4j(marker), format, arg); }
    @Override
    public void trace(Marker marker, String format, Object arg1, Object arg2) { logger.logIfEnabled(FQCN, Level.TRACE, markers.log4j(marker), format, arg1, arg2); }
    @Override
    public void trace(Marker marker, String format, Object... arguments) { logger.logIfEnabled(FQCN, Level.TRACE, markers.log4j(marker), format, arguments); }
    @Override
    public void trace(Marker marker, String msg, Throwable t) { logger.logIfEnabled(FQCN, Level.TRACE, markers.log4j(marker), msg, t); }

    @Override
    public boolean isDebugEnabled() { return logger.isEnabled(Level.DEBUG, null, null); }
    @Override
    public boolean isDebugEnabled(Marker marker) { return logger.isEnabled(Level.DEBUG, markers.log4j(marker), null); }
    @Override
    public void debug(String msg) { logger.logIfEnabled(FQCN, Level.DEBUG, null, msg); }
    @Override
    public void debug(String format, Object arg) { logger.logIfEnabled(FQCN, Level.DEBUG, null, format, arg); }
    @Override
    public void debug(String format, Object arg1, Object arg2) { logger.logIfEnabled(FQCN, Level.DEBUG, null, format, arg1, arg2); }
    @Override
    public void debug(String format, Object... arguments) { logger.logIfEnabled(FQCN, Level.DEBUG, null, format, arguments); }
    @Override
    public void debug(String msg, Throwable t) { logger.logIfEnabled(FQCN, Level.DEBUG, null, msg, t); }
    @Override
    public void debug(Marker marker, String msg) { logger.logIfEnabled(FQCN, Level.DEBUG, markers.log4j(marker), msg); }
    @Override
    public void debug(Marker marker, String format, Object arg) { logger.logIfEnabled(FQCN, Level.DEBUG, markers.log4j(marker), format, arg); }
    @Override
    public void debug(Marker marker, String format, Object arg1, Object arg2) { logger.logIfEnabled(FQCN, Level.DEBUG, markers.log4j(marker), format, arg1, arg2); }
    @Override
    public void debug(Marker marker, String format, Object... arguments) { logger.logIfEnabled(FQCN, Level.DEBUG, markers.log4j(marker), format, arguments); }
    @Override
    public void debug(Marker marker, String msg, Throwable t) { logger.logIfEnabled(FQCN, Level.DEBUG, markers.log4j(marker), msg, t); }

    @Override
    public boolean isInfoEnabled() { return logger.isEnabled(Level.INFO, null, null); }
    @Override
    public boolean isInfoEnabled(Marker marker) { return logger.isEnabled(Level.INFO, markers.log4j(marker), null); }
    @Override
    public void info(String msg) { logger.logIfEnabled(FQCN, Level.INFO, null, msg); }
    @Override
    public void info(String format, Object arg) { logger.logIfEnabled(FQCN, Level.INFO, null, format, arg); }
    @Override
    public void info(String format, Object arg1, Object arg2) { logger.logIfEnabled(FQCN, Level.INFO, null, format, arg1, arg2); }
    @Override
    public void info(String format, Object... arguments) { logger.logIfEnabled(FQCN, Level.INFO, null, format, arguments); }
    @Override
    public void info(String msg, Throwable t) { logger.logIfEnabled(FQCN, Level.INFO, null, msg, t); }
    @Override
    public void info(Marker marker, String msg) { logger.logIfEnabled(FQCN, Level.INFO, markers.log4j(marker), msg); }
    @Override
    public void info(Marker marker, String format, Object arg) { logger.logIfEnabled(FQCN, Level.INFO, markers.log4j(marker), format, arg); }
    @Override
    public void info(Marker marker, String format, Object arg1, Object arg2) { logger.logIfEnabled(FQCN, Level.INFO, markers.log4j(marker), format, arg1, arg2); }
    @Override
    public void info(Marker marker, String format, Object... arguments) { logger.logIfEnabled(FQCN, Level.INFO, markers.log4j(marker), format, arguments); }
    @Override
    public void info(Marker marker, String msg, Throwable t) { logger.logIfEnabled(FQCN, Level.INFO, markers.log4j(marker), msg, t); }

    @Override
    public boolean isWarnEnabled() { return logger.isEnabled(Level.WARN, null, null); }
    @Override
    public boolean isWarnEnabled(Marker marker) { return logger.isEnabled(Level.WARN, markers.log4j(marker), null); }
    @Override
    public void warn(String msg) { logger.logIfEnabled(FQCN, Level.WARN, null, msg); }
    @Override
    public void warn(String format, Object arg) { logger.logIfEnabled(FQCN, Level.WARN, null, format, arg); }
    @Override
    public void warn(String format, Object arg1, Object arg2) { logger.logIfEnabled(FQCN, Level.WARN, null, format, arg1, arg2); }
    @Override
    public void warn(String format, Object... arguments) { logger.logIfEnabled(FQCN, Level.WARN, null, format, arguments); }
    @Override
    public void warn(String msg, Throwable t) { logger.logIfEnabled(FQCN, Level.WARN, null, msg, t); }
    @Override
    public void warn(Marker marker, String msg) { logger.logIfEnabled(FQCN, Level.WARN, markers.log4j(marker), msg); }
    @Override
    public void warn(Marker marker, String format, Object arg) { logger.logIfEnabled(FQCN, Level.WARN, markers.log4j(marker), format, arg); }
    @Override
    public void warn(Marker marker, String format, Object arg1, Object arg2) { logger.logIfEnabled(FQCN, Level.WARN, markers.log4j(marker), format, arg1, arg2); }
    @Override
    public void warn(Marker marker, String format, Object... arguments) { logger.logIfEnabled(FQCN, Level.WARN, markers.log4j(marker), format, arguments); }
    @Override
    public void warn(Marker marker, String msg, Throwable t) { logger.logIfEnabled(FQCN, Level.WARN, markers.log4j(marker), msg, t); }

    @Override
    public boolean isErrorEnabled() { return logger.isEnabled(Level.ERROR, null, null); }
    @Override
    public boolean isErrorEnabled(Marker marker) { return logger.isEnabled(Level.ERROR, markers.log4j(marker), null); }
    @Override
    public void error(String msg) { logger.logIfEnabled(FQCN, Level.ERROR, null, msg); }
    @Override
    public void error(String format, Object arg) { logger.logIfEnabled(FQCN, Level.ERROR, null, format, arg); }
    @Override
    public void error(String format, Object arg1, Object arg2) { logger.logIfEnabled(FQCN, Level.ERROR, null, format, arg1, arg2); }
    @Override
    public void error(String format, Object... arguments) { logger.logIfEnabled(FQCN, Level.ERROR, null, format, arguments); }
    @Override
    public void error(String msg, Throwable t) { logger.logIfEnabled(FQCN, Level.ERROR, null, msg, t); }
    @Override
    public void error(Marker marker, String msg) { logger.logIfEnabled(FQCN, Level.ERROR, markers.log4j(marker), msg); }
    @Override
    public void error(Marker marker, String format, Object arg) { logger.logIfEnabled(FQCN, Level.ERROR, markers.log4j(marker), format, arg); }
    @Override
    public void error(Marker marker, String format, Object arg1, Object arg2) { logger.logIfEnabled(FQCN, Level.ERROR, markers.log4j(marker), format, arg1, arg2); }
    @Override
    public void error(Marker marker, String format, Object... arguments) { logger.logIfEnabled(FQCN, Level.ERROR, markers.log4j(marker), format, arguments); }
    @Override
    public void error(Marker marker, String msg, Throwable t) { logger.logIfEnabled(FQCN, Level.ERROR, markers.log4j(marker), msg, t); }
}
