package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.logging.json.JsonKeys;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.util.StringBuilderFormattable;

/**
 * Writes {@code "message"} as a string, formatted straight into the layout's buffer. A message whose
 * formatting throws (an object whose {@code toString()} fails) is replaced by a note naming the
 * failure, so the line stays one valid JSON object.
 */
final class SafeMessageResolver implements FlatteningResolver {
    private static final String MESSAGE = JsonKeys.prefix(LogFields.MESSAGE);

    @Override
    public void resolve(LogEvent event, JsonWriter writer, boolean succeedingEntry) {
        JsonKeys.key(Log4jJsonOut.of(writer), succeedingEntry, MESSAGE);
        StringBuilder out = writer.getStringBuilder();
        int start = out.length();
        try {
            Message message = event.getMessage();
            if (message instanceof StringBuilderFormattable formattable) {
                writer.writeString(formattable);
            } else {
                writer.writeString(message == null ? null : message.getFormattedMessage());
            }
        } catch (RuntimeException | StackOverflowError e) {
            out.setLength(start);
            writer.writeString("<message could not be formatted: " + e.getClass().getName() + ">");
        }
    }
}
