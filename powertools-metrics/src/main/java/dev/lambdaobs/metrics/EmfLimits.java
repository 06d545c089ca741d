package dev.lambdaobs.metrics;

import dev.lambdaobs.core.schema.MetricNamespaces;
import java.util.regex.Pattern;

/**
 * The CloudWatch and Embedded Metric Format limits every recorded metric is checked against, so
 * that no document CloudWatch would reject (and store as a plain log line) is ever written.
 * Where CloudWatch and the EMF client library disagree, the stricter value applies.
 */
public final class EmfLimits {
    /**
     * Metric definitions in one MetricDirective; larger batches are split into several documents.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">EMF specification</a>
     */
    public static final int MAX_METRICS_PER_DIRECTIVE = 100;

    /**
     * Values of one metric in one document; more values are split into several documents.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">EMF specification</a>
     */
    public static final int MAX_VALUES_PER_METRIC = 100;

    /**
     * Dimension keys in one dimension set (default dimensions included).
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">EMF specification</a>
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html">MetricDatum: at most 30 dimensions</a>
     */
    public static final int MAX_DIMENSIONS_PER_SET = 30;

    /**
     * Length of a metric name.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html">MetricDatum: MetricName 1 to 255</a>
     */
    public static final int MAX_METRIC_NAME_LENGTH = 255;

    /**
     * Length of a dimension name: CloudWatch allows 255, the EMF schema and client library 250.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Dimension.html">Dimension: Name 1 to 255</a>
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">EMF specification (DimensionSet)</a>
     */
    public static final int MAX_DIMENSION_NAME_LENGTH = 250;

    /**
     * Length of a dimension value.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Dimension.html">Dimension: Value 1 to 1024</a>
     */
    public static final int MAX_DIMENSION_VALUE_LENGTH = 1024;

    /** Length of a namespace: {@link MetricNamespaces#MAX_LENGTH} (shared with dashboard-gen, which mirrors the fallback namespace). */
    public static final int MAX_NAMESPACE_LENGTH = MetricNamespaces.MAX_LENGTH;

    /** Namespace characters: {@link MetricNamespaces#PATTERN}. */
    public static final Pattern NAMESPACE_PATTERN = MetricNamespaces.PATTERN;

    /** The prefix of namespaces reserved for AWS services: {@link MetricNamespaces#RESERVED_PREFIX}. */
    public static final String RESERVED_NAMESPACE_PREFIX = MetricNamespaces.RESERVED_PREFIX;

    /**
     * Largest magnitude of a metric value (2^360); NaN and infinities are rejected too.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html">MetricDatum: Value</a>
     */
    public static final double MAX_VALUE_MAGNITUDE = 0x1p360;

    /**
     * Oldest accepted metric timestamp, in days before now.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">EMF specification (Timestamp)</a>
     */
    public static final int MAX_TIMESTAMP_AGE_DAYS = 14;

    /**
     * Latest accepted metric timestamp, in hours after now.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">EMF specification (Timestamp)</a>
     */
    public static final int MAX_TIMESTAMP_FUTURE_HOURS = 2;

    private EmfLimits() {
    }
}
