package dev.lambdaobs.metrics;

import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.schema.LogFields;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The properties every document carries besides the user's: the request id, trace id and
 * correlation id (under the log field names, so one Logs Insights query finds the metric line, the
 * logs and the trace), and, where Lambda's log-level filter would drop a line without a level,
 * {@code level} and an RFC 3339 {@code timestamp} that let the document through.
 */
final class StandardProperties {
    /** EMF's own metadata member. */
    static final String AWS_METADATA = "_aws";
    /** Keys users cannot take as metadata, metric or dimension names. */
    static final Set<String> RESERVED = Set.of(AWS_METADATA, LogFields.FUNCTION_REQUEST_ID, LogFields.XRAY_TRACE_ID,
            LogFields.CORRELATION_ID, LogFields.LEVEL, LogFields.TIMESTAMP);

    private final Invocation invocation;
    private final Optional<LogLevel> lambdaLogFilter;

    StandardProperties(Invocation invocation, Optional<LogLevel> lambdaLogFilter) {
        this.invocation = invocation;
        this.lambdaLogFilter = lambdaLogFilter;
    }

    /** The properties for a document with metrics timed at {@code timestamp}. */
    Map<String, Object> at(Instant timestamp) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (invocation != null) {
            String requestId = invocation.facts().requestId();
            if (!requestId.isEmpty()) {
                properties.put(LogFields.FUNCTION_REQUEST_ID, requestId);
            }
            invocation.facts().traceId().ifPresent(id -> properties.put(LogFields.XRAY_TRACE_ID, id));
            invocation.correlationId().ifPresent(id -> properties.put(LogFields.CORRELATION_ID, id));
        }
        lambdaLogFilter.ifPresent(level -> {
            // Lambda gives a JSON line without "level" the level INFO and drops it under a stricter
            // filter; a line at exactly the filter level passes.
            properties.put(LogFields.LEVEL, level.name());
            properties.put(LogFields.TIMESTAMP, timestamp.truncatedTo(ChronoUnit.MILLIS).toString());
        });
        return properties;
    }
}
