package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.logging.context.LogContext;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;

/**
 * Writes {@code "location":{"class","method","line"}} only when asked for
 * ({@code POWERTOOLS_LOGGER_LOG_LOCATION=true} or {@code @Logging(logLocation = true)}): finding the
 * caller walks the stack, which is costly, so otherwise the event's source is never computed.
 */
final class LocationResolver implements FlatteningResolver {
    private static final String LOCATION = JsonKeys.prefix(LogFields.LOCATION);
    private static final String CLASS = JsonKeys.prefix("class");
    private static final String METHOD = JsonKeys.prefix("method");
    private static final String LINE = JsonKeys.prefix("line");

    @Override
    public boolean isResolvable(LogEvent event) {
        LogContext context = LogContext.current();
        boolean enabled = context != null ? context.location() : ProcessDefaults.location();
        return enabled && event.getSource() != null;
    }

    @Override
    public void resolve(LogEvent event, JsonWriter writer, boolean succeedingEntry) {
        StackTraceElement source = event.getSource();
        JsonKeys.key(writer, succeedingEntry, LOCATION);
        writer.writeObjectStart();
        JsonKeys.key(writer, false, CLASS);
        writer.writeString(source.getClassName());
        JsonKeys.key(writer, true, METHOD);
        writer.writeString(source.getMethodName());
        JsonKeys.key(writer, true, LINE);
        writer.writeNumber(source.getLineNumber());
        writer.writeObjectEnd();
    }
}
