package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.logging.json.JsonKeys;
import dev.lambdaobs.logging.json.JsonOut;
import java.util.function.BiConsumer;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.util.StringBuilderFormattable;

/**
 * Writes {@code "message"} as a string, formatted straight into the writer's buffer (garbage-free for
 * Log4j2's reusable messages). A message whose formatting throws (an object whose {@code toString()}
 * fails) is replaced by a note naming the failure, so the line stays one valid JSON object. Used by
 * {@link LambdaJsonLayout} and by the {@code lambdaobs} resolver of {@code JsonTemplateLayout}.
 */
final class MessageField {
    private static final String MESSAGE = JsonKeys.prefix(LogFields.MESSAGE);
    private static final BiConsumer<StringBuilder, StringBuilderFormattable> FORMAT =
            (text, formattable) -> formattable.formatTo(text);

    private MessageField() {
    }

    /**
     * Writes the {@code message} member for {@code message}.
     *
     * @param succeedingEntry true when a member came before, so a separator is due first
     */
    static void write(JsonOut out, boolean succeedingEntry, Message message) {
        JsonKeys.key(out, succeedingEntry, MESSAGE);
        StringBuilder line = out.getStringBuilder();
        int start = line.length();
        try {
            if (message instanceof StringBuilderFormattable formattable) {
                out.writeString(FORMAT, formattable);
            } else {
                out.writeString(message == null ? null : message.getFormattedMessage());
            }
        } catch (RuntimeException | StackOverflowError e) {
            line.setLength(start);
            out.writeString("<message could not be formatted: " + e.getClass().getName() + ">");
        }
    }
}
