package dev.lambdaobs.logging.json;

import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.logging.context.LogContext;
import dev.lambdaobs.logging.context.ProcessDefaults;

/**
 * Writes {@code "location":{"class","method","line"}} only when asked for
 * ({@code POWERTOOLS_LOGGER_LOG_LOCATION=true} or {@code @Logging(logLocation = true)}): finding the
 * caller walks the stack, which is costly, so otherwise the backend never computes it. For backends;
 * not for direct use.
 */
public final class LocationFields {
    private static final String LOCATION = JsonKeys.prefix(LogFields.LOCATION);
    private static final String CLASS = JsonKeys.prefix("class");
    private static final String METHOD = JsonKeys.prefix("method");
    private static final String LINE = JsonKeys.prefix("line");

    private LocationFields() {
    }

    /** True when lines logged on this thread now carry {@code location}. */
    public static boolean enabled() {
        LogContext context = LogContext.current();
        return context != null ? context.location() : ProcessDefaults.location();
    }

    /**
     * Writes the {@code location} member for {@code source}.
     *
     * @param succeedingEntry true when a member came before, so a separator is due first
     */
    public static void write(JsonOut writer, boolean succeedingEntry, StackTraceElement source) {
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
