package dev.lambdaobs.metrics;

import software.amazon.cloudwatchlogs.emf.model.Unit;

/**
 * The units CloudWatch accepts for a metric.
 *
 * <pre>{@code
 * MetricsRecorder.current().add("PaymentLatency", 182, MetricUnit.MILLISECONDS);
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html">MetricDatum: Unit</a>
 */
public enum MetricUnit {
    SECONDS(Unit.SECONDS), MICROSECONDS(Unit.MICROSECONDS), MILLISECONDS(Unit.MILLISECONDS),
    BYTES(Unit.BYTES), KILOBYTES(Unit.KILOBYTES), MEGABYTES(Unit.MEGABYTES), GIGABYTES(Unit.GIGABYTES),
    TERABYTES(Unit.TERABYTES), BITS(Unit.BITS), KILOBITS(Unit.KILOBITS), MEGABITS(Unit.MEGABITS),
    GIGABITS(Unit.GIGABITS), TERABITS(Unit.TERABITS), PERCENT(Unit.PERCENT), COUNT(Unit.COUNT),
    BYTES_SECOND(Unit.BYTES_SECOND), KILOBYTES_SECOND(Unit.KILOBYTES_SECOND),
    MEGABYTES_SECOND(Unit.MEGABYTES_SECOND), GIGABYTES_SECOND(Unit.GIGABYTES_SECOND),
    TERABYTES_SECOND(Unit.TERABYTES_SECOND), BITS_SECOND(Unit.BITS_SECOND),
    KILOBITS_SECOND(Unit.KILOBITS_SECOND), MEGABITS_SECOND(Unit.MEGABITS_SECOND),
    GIGABITS_SECOND(Unit.GIGABITS_SECOND), TERABITS_SECOND(Unit.TERABITS_SECOND),
    COUNT_SECOND(Unit.COUNT_SECOND), NONE(Unit.NONE);

    private final Unit emf;

    MetricUnit(Unit emf) {
        this.emf = emf;
    }

    /** The unit as EMF writes it, e.g. {@code "Bytes/Second"}. */
    public String wireName() {
        return emf.toString();
    }

    Unit emf() {
        return emf;
    }
}
