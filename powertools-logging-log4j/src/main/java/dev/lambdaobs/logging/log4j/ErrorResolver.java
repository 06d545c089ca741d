package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.logging.json.ErrorFields;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;

/** {@code "error":{"name","message","stack"}} for a line with an exception, as {@link ErrorFields} writes it. */
final class ErrorResolver implements FlatteningResolver {
    @Override
    public boolean isResolvable(LogEvent event) {
        return event.getThrown() != null;
    }

    @Override
    public void resolve(LogEvent event, JsonWriter writer, boolean succeedingEntry) {
        ErrorFields.write(Log4jJsonOut.of(writer), succeedingEntry, event.getThrown());
    }
}
