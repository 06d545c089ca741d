package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.logging.json.LocationFields;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;

/**
 * {@code "location":{"class","method","line"}} only when asked for: otherwise the event's source, a
 * costly stack walk, is never computed. Written by {@link LocationFields}.
 */
final class LocationResolver implements FlatteningResolver {
    @Override
    public boolean isResolvable(LogEvent event) {
        return LocationFields.enabled() && event.getSource() != null;
    }

    @Override
    public void resolve(LogEvent event, JsonWriter writer, boolean succeedingEntry) {
        LocationFields.write(Log4jJsonOut.of(writer), succeedingEntry, event.getSource());
    }
}
