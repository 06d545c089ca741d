package dev.lambdaobs.dashboardgen.limits;

import java.time.Duration;

/** The CloudWatch Logs Live Tail limits {@code tail} respects. */
public final class LiveTailLimits {
    /**
     * Log groups one Live Tail session may name ("You can include up to 10 log groups"); {@code tail}
     * opens one session per ten log groups.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartLiveTail.html">StartLiveTail: logGroupIdentifiers</a>
     */
    public static final int MAX_LOG_GROUPS_PER_SESSION = 10;
    /**
     * Longest filter pattern a session takes.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartLiveTail.html">StartLiveTail: logEventFilterPattern</a>
     */
    public static final int MAX_FILTER_PATTERN_LENGTH = 1_024;
    /**
     * A session ends with a SessionTimeoutException after three hours; {@code tail} then starts a new one.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartLiveTail.html">StartLiveTail</a>
     */
    public static final Duration MAX_SESSION_DURATION = Duration.ofHours(3);
    /**
     * Most log events one session update carries; above 500 matching events a second the service samples.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_LiveTailSessionUpdate.html">LiveTailSessionUpdate: sessionResults</a>
     */
    public static final int MAX_EVENTS_PER_UPDATE = 500;

    private LiveTailLimits() {
    }
}
