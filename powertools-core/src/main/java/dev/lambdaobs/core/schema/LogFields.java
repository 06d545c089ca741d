package dev.lambdaobs.core.schema;

import java.util.List;

/**
 * The keys of every JSON log line powertools-logging writes, and so the fields dashboard-gen's
 * Logs Insights queries read. One list, so the writer and the queries cannot drift apart. The names
 * match Powertools for AWS Lambda, so existing queries keep working.
 */
public final class LogFields {
    public static final String TIMESTAMP = "timestamp";
    public static final String LEVEL = "level";
    public static final String MESSAGE = "message";
    public static final String LOGGER = "logger";
    public static final String SERVICE = "service";
    public static final String FUNCTION_NAME = "function_name";
    public static final String FUNCTION_VERSION = "function_version";
    public static final String FUNCTION_ARN = "function_arn";
    public static final String FUNCTION_MEMORY_SIZE = "function_memory_size";
    public static final String FUNCTION_REQUEST_ID = "function_request_id";
    public static final String COLD_START = "cold_start";
    public static final String XRAY_TRACE_ID = "xray_trace_id";
    public static final String SAMPLING_RATE = "sampling_rate";
    public static final String CORRELATION_ID = "correlation_id";
    public static final String TENANT_ID = "tenant_id";
    /**
     * An object with {@link #ERROR_NAME}, {@link #ERROR_MESSAGE} and {@link #ERROR_STACK}, named as
     * Powertools for AWS Lambda (Java) names them, so existing Logs Insights queries keep working.
     */
    public static final String ERROR = "error";
    /** The exception's class name. */
    public static final String ERROR_NAME = "error.name";
    public static final String ERROR_MESSAGE = "error.message";
    public static final String ERROR_STACK = "error.stack";
    /** An object with {@code class}, {@code method} and {@code line}; written only when enabled. */
    public static final String LOCATION = "location";

    /** Every key (dotted for nested ones) a log line may carry, besides the user's own keys. */
    public static final List<String> ALL = List.of(TIMESTAMP, LEVEL, MESSAGE, LOGGER, SERVICE, FUNCTION_NAME,
            FUNCTION_VERSION, FUNCTION_ARN, FUNCTION_MEMORY_SIZE, FUNCTION_REQUEST_ID, COLD_START, XRAY_TRACE_ID,
            SAMPLING_RATE, CORRELATION_ID, TENANT_ID, ERROR, ERROR_NAME, ERROR_MESSAGE, ERROR_STACK, LOCATION);

    private LogFields() {
    }
}
