package dev.lambdaobs.logging.log4j;

/** The sizes the shipped configuration keeps lines within. */
public final class LogLimits {
    /**
     * CloudWatch Logs' long-standing per-event limit (the API reference now allows 1 MB; the lower
     * figure is kept so lines fit either way). Lambda sends each stdout line as one event.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html">PutLogEvents</a>
     */
    public static final int CLOUDWATCH_LOGS_MAX_EVENT_BYTES = 256 * 1024;

    /**
     * Longest string value written ({@code maxStringLength} in lambdaobs-log4j2.properties). At most
     * 3 UTF-8 bytes per char, a message and a stack trace at this size still fit in one event.
     */
    public static final int MAX_STRING_LENGTH = 32_768;

    /** Ends a cut string ({@code truncatedStringSuffix}). */
    public static final String TRUNCATION_MARKER = "…[truncated]";

    private LogLimits() {
    }
}
