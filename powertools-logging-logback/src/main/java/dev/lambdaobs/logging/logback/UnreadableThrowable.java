package dev.lambdaobs.logging.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.slf4j.Marker;

/**
 * An exception Logback cannot read: building an event, Logback calls {@code getMessage()} on the
 * exception, its causes and suppressed ones, and an exception from there would reach the handler. Such
 * an exception travels as this argument instead, and {@link LambdaJsonEncoder} writes its {@code error}
 * the safe way, as for any other exception.
 *
 * @param thrown the exception as logged
 */
record UnreadableThrowable(Throwable thrown) {
    /** Nesting followed at most, so a cyclic or absurdly deep chain is not walked for ever. */
    private static final int MAX_DEPTH = 64;

    /** True when every {@code getMessage()} Logback will call on {@code thrown} returns. */
    static boolean readable(Throwable thrown) {
        return readable(thrown, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    }

    private static boolean readable(Throwable thrown, Set<Throwable> seen, int depth) {
        if (thrown == null || depth > MAX_DEPTH || !seen.add(thrown)) {
            return true;
        }
        try {
            thrown.getMessage();
            for (Throwable suppressed : thrown.getSuppressed()) {
                if (!readable(suppressed, seen, depth + 1)) {
                    return false;
                }
            }
            return readable(thrown.getCause(), seen, depth + 1);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return false;
        }
    }

    /** The event Logback would have built, with {@code thrown} carried as an argument of this type. */
    static LoggingEvent event(Logger logger, Level level, Marker marker, String format, Object[] params,
                              Throwable thrown) {
        Object[] arguments;
        if (params != null && params.length > 0 && params[params.length - 1] == thrown) {
            arguments = params.clone();
            arguments[arguments.length - 1] = new UnreadableThrowable(thrown);
        } else {
            int length = params == null ? 0 : params.length;
            arguments = new Object[length + 1];
            if (length > 0) {
                System.arraycopy(params, 0, arguments, 0, length);
            }
            arguments[length] = new UnreadableThrowable(thrown);
        }
        LoggingEvent event = new LoggingEvent(Logger.FQCN, logger, level, format, null, arguments);
        if (marker != null) {
            event.addMarker(marker);
        }
        return event;
    }

    /** {@code thrown}'s class, never its message: this is the text an unused placeholder argument reads as. */
    @Override
    public String toString() {
        return thrown.getClass().getName();
    }
}
