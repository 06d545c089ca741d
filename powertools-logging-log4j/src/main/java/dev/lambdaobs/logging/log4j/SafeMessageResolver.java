package dev.lambdaobs.logging.log4j;

import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;

/** {@code "message"} as {@link MessageField} writes it: never a broken line when formatting throws. */
final class SafeMessageResolver implements FlatteningResolver {
    @Override
    public void resolve(LogEvent event, JsonWriter writer, boolean succeedingEntry) {
        MessageField.write(Log4jJsonOut.of(writer), succeedingEntry, event.getMessage());
    }
}
