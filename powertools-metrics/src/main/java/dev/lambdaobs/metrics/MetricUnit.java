package dev.lambdaobs.metrics;

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
    SECONDS("Seconds"), MICROSECONDS("Microseconds"), MILLISECONDS("Milliseconds"),
    BYTES("Bytes"), KILOBYTES("Kilobytes"), MEGABYTES("Megabytes"), GIGABYTES("Gigabytes"),
    TERABYTES("Terabytes"), BITS("Bits"), KILOBITS("Kilobits"), MEGABITS("Megabits"),
    GIGABITS("Gigabits"), TERABITS("Terabits"), PERCENT("Percent"), COUNT("Count"),
    BYTES_SECOND("Bytes/Second"), KILOBYTES_SECOND("Kilobytes/Second"),
    MEGABYTES_SECOND("Megabytes/Second"), GIGABYTES_SECOND("Gigabytes/Second"),
    TERABYTES_SECOND("Terabytes/Second"), BITS_SECOND("Bits/Second"),
    KILOBITS_SECOND("Kilobits/Second"), MEGABITS_SECOND("Megabits/Second"),
    GIGABITS_SECOND("Gigabits/Second"), TERABITS_SECOND("Terabits/Second"),
    COUNT_SECOND("Count/Second"), NONE("None");

    private final String wireName;

    MetricUnit(String wireName) {
        this.wireName = wireName;
    }

    /** The unit as EMF writes it, e.g. {@code "Bytes/Second"}. */
    public String wireName() {
        return wireName;
    }
}
