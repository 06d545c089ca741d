package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.logging.SafeText;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.MessageFactory2;
import org.apache.logging.log4j.message.ReusableMessageFactory;
import org.apache.logging.log4j.util.StringBuilderFormattable;

/**
 * Log4j's garbage-free message factory, except for {@code logger.info(object)}: Log4j formats such
 * a message while creating the event, and a {@code toString()} that throws there loses the line
 * silently. Here the object is formatted safely in the layout instead. Selected by
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
        return REUSABLE.newMessage(message, params);
    }

    @Override
    public Message newMessage(String message, Object p0) {
        return REUSABLE.newMessage(message, p0);
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1) {
        return REUSABLE.newMessage(message, p0, p1);
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2) {
        return REUSABLE.newMessage(message, p0, p1, p2);
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2, Object p3) {
        return REUSABLE.newMessage(message, p0, p1, p2, p3);
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2, Object p3, Object p4) {
        return REUSABLE.newMessage(message, p0, p1, p2, p3, p4);
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5) {
        return REUSABLE.newMessage(message, p0, p1, p2, p3, p4, p5);
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5,
                              Object p6) {
        return REUSABLE.newMessage(message, p0, p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5,
                              Object p6, Object p7) {
        return REUSABLE.newMessage(message, p0, p1, p2, p3, p4, p5, p6, p7);
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5,
                              Object p6, Object p7, Object p8) {
        return REUSABLE.newMessage(message, p0, p1, p2, p3, p4, p5, p6, p7, p8);
    }

    @Override
    public Message newMessage(String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5,
                              Object p6, Object p7, Object p8, Object p9) {
        return REUSABLE.newMessage(message, p0, p1, p2, p3, p4, p5, p6, p7, p8, p9);
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
