package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.text.SafeText;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.MessageFactory2;
import org.apache.logging.log4j.message.ReusableMessageFactory;
import org.apache.logging.log4j.util.StringBuilderFormattable;

/**
 * Log4j's garbage-free message factory, except for {@code logger.info(object)} and for collections,
 * maps and arrays as parameters: Log4j formats such a message while creating the event, and a
 * {@code toString()} that throws there (or a 3,000-deep structure that overflows the stack) loses the
 * line silently. Here the object is formatted safely in the layout, and such a parameter reads as
 * {@link SafeText} says, instead. Selected by
 * {@code log4j2.messageFactory} in the shipped {@code log4j2.component.properties}.
 */
public final class SafeMessageFactory implements MessageFactory2 {
    private static final MessageFactory2 REUSABLE = ReusableMessageFactory.INSTANCE;

    @Override
    public Message newMessage(Object message) {
        if (message instanceof Message || message instanceof CharSequence) {
            return REUSABLE.newMessage(message);
        }
        return new SafeObjectMessage(message);
    }

    @Override
    public Message newMessage(CharSequence message) {
        return REUSABLE.newMessage(message);
    }

    @Override
    public Message newMessage(String message) {
        return REUSABLE.newMessage(message);
    }

    @Override
    public Message newMessage(String message, Object... params) {
        return REUSABLE.newMessage(message, safe(params));
    }

    @Override
    public Message newMessage(String message, Object p0) {
        return REUSABLE.newMessage(message, safe(p0));
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1) {
        return REUSABLE.newMessage(message, safe(p0), safe(p1));
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2) {
        return REUSABLE.newMessage(message, safe(p0), safe(p1), safe(p2));
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2, Object p3) {
        return REUSABLE.newMessage(message, safe(p0), safe(p1), safe(p2), safe(p3));
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2, Object p3, Object p4) {
        return REUSABLE.newMessage(message, safe(p0), safe(p1), safe(p2), safe(p3), safe(p4));
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5) {
        return REUSABLE.newMessage(message, safe(p0), safe(p1), safe(p2), safe(p3), safe(p4), safe(p5));
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5,
                              Object p6) {
        return REUSABLE.newMessage(message, safe(p0), safe(p1), safe(p2), safe(p3), safe(p4), safe(p5), safe(p6));
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5,
                              Object p6, Object p7) {
        return REUSABLE.newMessage(message, safe(p0), safe(p1), safe(p2), safe(p3), safe(p4), safe(p5), safe(p6), safe(p7));
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5,
                              Object p6, Object p7, Object p8) {
        return REUSABLE.newMessage(message, safe(p0), safe(p1), safe(p2), safe(p3), safe(p4), safe(p5), safe(p6), safe(p7), safe(p8));
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5,
                              Object p6, Object p7, Object p8, Object p9) {
        return REUSABLE.newMessage(message, safe(p0), safe(p1), safe(p2), safe(p3), safe(p4), safe(p5), safe(p6), safe(p7), safe(p8), safe(p9));
    }

    /** Collections, maps and arrays are formatted by recursion: through {@link SafeText} instead. Others as they are. */
    private static Object safe(Object parameter) {
        return parameter instanceof Collection<?> || parameter instanceof Map<?, ?>
                || parameter != null && parameter.getClass().isArray() ? new SafeParameter(parameter) : parameter;
    }

    private static Object[] safe(Object[] parameters) {
        if (parameters == null) {
            return null;
        }
        Object[] copy = null;
        for (int i = 0; i < parameters.length; i++) {
            Object safe = safe(parameters[i]);
            if (safe != parameters[i]) {
                copy = copy == null ? parameters.clone() : copy;
                copy[i] = safe;
            }
        }
        return copy == null ? parameters : copy;
    }

    /** A parameter whose text never throws: a failure or a stack overflow is named instead. */
    private record SafeParameter(Object value) {
        @Override
        public String toString() {
            if (!value.getClass().isArray()) {
                return SafeText.of(value);
            }
            try {
                String wrapped = Arrays.deepToString(new Object[] {value});
                return wrapped.substring(1, wrapped.length() - 1);
            } catch (RuntimeException | StackOverflowError e) {
                return "<" + value.getClass().getName() + " could not be written: " + e.getClass().getName() + ">";
            }
        }
    }

    /** An object logged as the message, turned into text only when written, never throwing. */
    private record SafeObjectMessage(Object object) implements Message, StringBuilderFormattable {
        @Override
        public String getFormattedMessage() {
            return SafeText.of(object);
        }

        @Override
        public void formatTo(StringBuilder buffer) {
            buffer.append(SafeText.of(object));
        }

        @Override
        public String getFormat() {
            return getFormattedMessage();
        }

        @Override
        public Object[] getParameters() {
            return new Object[] {object};
        }

        @Override
        public Throwable getThrowable() {
            return object instanceof Throwable throwable ? throwable : null;
        }
    }
}
