package dev.lambdaobs.logging;

/**
 * The {@code POWERTOOLS_LOGGER_*} variables this module reads besides the shared ones in
 * {@link dev.lambdaobs.core.config.EnvironmentVariables} ({@code POWERTOOLS_LOG_LEVEL},
 * {@code POWERTOOLS_LOGGER_LOG_EVENT}, {@code POWERTOOLS_LOGGER_SAMPLE_RATE}).
 */
public final class LoggingEnvironment {
    /** {@code true} logs the handler's response (masked). */
    public static final String LOG_RESPONSE = "POWERTOOLS_LOGGER_LOG_RESPONSE";
    /** {@code false} stops logging an exception the handler throws. */
    public static final String LOG_ERROR = "POWERTOOLS_LOGGER_LOG_ERROR";
    /** A JMESPath expression to the correlation id in the event. */
    public static final String CORRELATION_ID_PATH = "POWERTOOLS_LOGGER_CORRELATION_ID_PATH";
    /** {@code false} keeps MDC (ThreadContext) keys the handler added for later invocations on the same thread. */
    public static final String CLEAR_STATE = "POWERTOOLS_LOGGER_CLEAR_STATE";
    /** Lines at this level and more verbose are held per invocation; unset means no buffering. */
    public static final String BUFFER_LEVEL = "POWERTOOLS_LOGGER_BUFFER_LEVEL";
    /** How many lines the buffer holds before evicting the oldest. */
    public static final String BUFFER_MAX_LINES = "POWERTOOLS_LOGGER_BUFFER_MAX_LINES";
    /** {@code true} adds {@code location} (class, method, line) to every line; costly. */
    public static final String LOG_LOCATION = "POWERTOOLS_LOGGER_LOG_LOCATION";

    private LoggingEnvironment() {
    }
}
