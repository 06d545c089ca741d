package dev.lambdaobs.metrics;

import software.amazon.cloudwatchlogs.emf.model.StorageResolution;

/**
 * How finely CloudWatch stores a metric: every minute (standard) or every second (high).
 * A metric name has one resolution within an invocation.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/publishingMetrics.html#high-resolution-metrics">High-resolution metrics</a>
 */
public enum Resolution {
    /** 60-second storage, the default. */
    STANDARD(StorageResolution.STANDARD),
    /** 1-second storage; billed as a high-resolution custom metric. */
    HIGH(StorageResolution.HIGH);

    private final StorageResolution emf;

    Resolution(StorageResolution emf) {
        this.emf = emf;
    }

    StorageResolution emf() {
        return emf;
    }
}
