package dev.lambdaobs.core.output;

/** The CloudWatch Logs limits every line written to standard output must respect. */
public final class CloudWatchLogsLimits {
    /**
     * Largest log event CloudWatch Logs accepts, in UTF-8 bytes. Lambda sends each line of standard
     * output as one event.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html">PutLogEvents: each log event can be no larger than 256 KB</a>
     */
    public static final int MAX_EVENT_BYTES = 256 * 1024;

    /**
     * Bytes CloudWatch Logs counts for each event on top of its message (the JSON around it).
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html">PutLogEvents: plus 26 bytes for each log event</a>
     */
    public static final int EVENT_OVERHEAD_BYTES = 26;

    /** Longest line lambdaobs writes (without its line end): fits one event with its overhead. */
    public static final int MAX_LINE_BYTES = MAX_EVENT_BYTES - EVENT_OVERHEAD_BYTES;

    private CloudWatchLogsLimits() {
    }
}
