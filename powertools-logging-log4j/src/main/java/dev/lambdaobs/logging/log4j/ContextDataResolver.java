package dev.lambdaobs.logging.log4j;

import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;

/** The user's own keys at top level (MDC, key/value pairs, structured arguments), as {@link ContextDataFields} writes them. */
final class ContextDataResolver implements FlatteningResolver {
    @Override
    public void resolve(LogEvent event, JsonWriter writer, boolean succeedingEntry) {
        ContextDataFields.write(Log4jJsonOut.of(writer), succeedingEntry, event);
    }
}
