package dev.lambdaobs.dashboardgen.config;

/**
 * Which side of the threshold (or of the anomaly detection band) alarms: {@code above}, {@code below}, or
 * {@code outside} the band on either side (with {@code anomalyBand} only).
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html">PutMetricAlarm: ComparisonOperator</a>
 */
public enum Direction {
    ABOVE("GreaterThanThreshold", "GreaterThanUpperThreshold"),
    BELOW("LessThanThreshold", "LessThanLowerThreshold"),
    OUTSIDE(null, "LessThanLowerOrGreaterThanUpperThreshold");

    private final String thresholdOperator;
    private final String bandOperator;

    Direction(String thresholdOperator, String bandOperator) {
        this.thresholdOperator = thresholdOperator;
        this.bandOperator = bandOperator;
    }

    /** The comparison against a fixed threshold; null for {@link #OUTSIDE}, which needs a band. */
    public String thresholdOperator() {
        return thresholdOperator;
    }

    /** The comparison against an {@code ANOMALY_DETECTION_BAND}. */
    public String bandOperator() {
        return bandOperator;
    }

    /** The config spelling: above, below, outside. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
