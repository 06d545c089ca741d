package dev.lambdaobs.dashboardgen.insights;

import dev.lambdaobs.core.schema.LogFields;

/**
 * On-call shortcuts: one request's whole story across every function of the service, in time
 * order, found by the id an engineer has in hand. The fields are the ones powertools-logging writes.
 *
 * <pre>{@code
 * String query = StoryQuery.BY_CORRELATION_ID.query("order-1234");
 * }</pre>
 */
public enum StoryQuery {
    /** Our lines carry the request id; Lambda's own START/END/REPORT lines carry it as {@code @requestId}. */
    BY_REQUEST_ID(LogFields.FUNCTION_REQUEST_ID + " = %1$s or @requestId = %1$s"),
    BY_CORRELATION_ID(LogFields.CORRELATION_ID + " = %1$s"),
    BY_TRACE_ID(LogFields.XRAY_TRACE_ID + " = %1$s");

    static final String FIELDS = String.join(", ", "@timestamp", "@log", LogFields.LEVEL, LogFields.FUNCTION_NAME,
            LogFields.MESSAGE, LogFields.FUNCTION_REQUEST_ID, LogFields.CORRELATION_ID, LogFields.XRAY_TRACE_ID,
            LogFields.COLD_START, LogFields.ERROR_NAME, LogFields.ERROR_MESSAGE, "@message");

    private final String filter;

    StoryQuery(String filter) {
        this.filter = filter;
    }

    /** The query for {@code id}, quoted so an id can never change the query. */
    public String query(String id) {
        return "fields " + FIELDS + "\n| filter " + String.format(filter, quoted(id)) + "\n| sort @timestamp asc";
    }

    static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
