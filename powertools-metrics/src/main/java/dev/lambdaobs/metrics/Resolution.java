package dev.lambdaobs.metrics;

/**
 * How finely CloudWatch stores a metric: every minute (standard) or every second (high).
 * A metric name has one resolution within an invocation.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/publishingMetrics.html#high-resolution-metrics">High-resolution metrics</a>
 */
public enum Resolution {
    /** 60-second storage, the default. */
    STANDARD(60),
    /** 1-second storage; billed as a high-resolution custom metric. */
    HIGH(1);

    private final int seconds;

    Resolution(int seconds) {
        this.seconds = seconds;
    }

    /**
     * The EMF {@code StorageResolution} value, in seconds; a document names only {@link #HIGH}, as the
     * EMF client library writes it (no member means standard).
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">EMF specification (StorageResolution)</a>
     */
    int seconds() {
        return seconds;
    }
}
