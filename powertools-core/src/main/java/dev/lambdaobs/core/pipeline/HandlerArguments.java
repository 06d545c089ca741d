package dev.lambdaobs.core.pipeline;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Finds the event and the Lambda {@link Context} among a handler method's arguments, for the
 * modules' aspects: {@code handleRequest(event, context)}, {@code handleRequest(input, output, context)},
 * or any method taking a {@code Context}.
 *
 * <pre>{@code
 * HandlerArguments handler = HandlerArguments.of(joinPoint.getArgs());
 * return observability.call(handler.event(), handler.context(), joinPoint::proceed);
 * }</pre>
 *
 * @param event   the first argument that is neither the context nor an output stream; null when none
 * @param context the first {@code Context} argument; null when none
 */
public record HandlerArguments(Object event, Context context) {

    /** Reads the arguments of a handler invocation. */
    public static HandlerArguments of(Object[] args) {
        Object event = null;
        Context context = null;
        boolean eventFound = false;
        for (Object arg : args == null ? new Object[0] : args) {
            if (context == null && arg instanceof Context c) {
                context = c;
            } else if (!eventFound && !(arg instanceof OutputStream)) {
                event = arg;
                eventFound = true;
            }
        }
        return new HandlerArguments(event, context);
    }

    /** True when this looks like a Lambda handler invocation: a {@code Context} was passed. */
    public boolean isHandler() {
        return context != null;
    }

    /** True for a stream handler, whose event is still an unread stream. */
    public boolean isStream() {
        return event instanceof InputStream;
    }
}
