package dev.lambdaobs.metrics;

import dev.lambdaobs.core.invocation.Invocation;
import java.time.Instant;

/**
 * Records the metrics of one invocation; they are written as EMF once, when the invocation ends.
 * Inside a handler observed by {@code @Metrics} or a {@link MetricsStep}, {@link #current()} is that
 * invocation's recorder. Thread-safe: a handler may record from several threads.
 *
 * <pre>{@code
 * MetricsRecorder metrics = MetricsRecorder.current();
 * metrics.add("OrdersPlaced", 1, MetricUnit.COUNT)
 *        .dimension("channel", "web")
 *        .metadata("order_id", order.id());
 * metrics.setDefaultDimensions(Dimensions.of("Tenant", tenant));   // this and later invocations
 * metrics.flushSingleMetric("PaymentDeclined", 1, MetricUnit.COUNT, "Payments", Dimensions.of("Provider", "acme"));
 * }</pre>
 *
 * <p>Invalid input (a bad name, unit, value or dimension) throws {@link InvalidMetricException} in
 * development mode ({@code POWERTOOLS_DEV=true}); in production the metric is dropped with one
 * warning and everything else is still written.
 */
public interface MetricsRecorder {

    /**
     * The recorder of the invocation running on this thread; outside an observed invocation a
     * recorder that drops everything and says so once on standard error.
     */
    static MetricsRecorder current() {
        Invocation invocation = Invocation.currentOrNull();
        MetricsRecorder batch = invocation != null ? ActiveBatches.find(invocation) : null;
        return batch != null ? batch : DroppingRecorder.INSTANCE;
    }

    /** Records one value of a standard-resolution metric. */
    default MetricsRecorder add(String name, double value, MetricUnit unit) {
        return add(name, value, unit, Resolution.STANDARD);
    }

    /** Records one value; recording the same name again adds a value (up to 100 per document). */
    MetricsRecorder add(String name, double value, MetricUnit unit, Resolution resolution);

    /** Adds {@code key=value} to this invocation's own dimension set (the default dimensions apply too). */
    MetricsRecorder dimension(String key, String value);

    /** Adds another dimension set: every metric is written once per set, each with the default dimensions. */
    MetricsRecorder dimensionSet(Dimensions dimensions);

    /** Adds a searchable property to the document: not a dimension, so it costs no cardinality. */
    MetricsRecorder metadata(String key, Object value);

    /** The time the metrics are recorded for; defaults to the flush time. */
    MetricsRecorder timestamp(Instant timestamp);

    /**
     * Writes one metric now, in its own document, with only the default dimensions and
     * {@code dimensions}: for a value that must not share this invocation's dimensions.
     */
    void flushSingle(String name, double value, MetricUnit unit, Dimensions dimensions);

    /**
     * Writes one metric now, in its own document under {@code namespace}, with exactly {@code dimensions}
     * as its dimension set (the default dimensions, {@code Service} included, are not added: Powertools'
     * {@code flushSingleMetric}). The document carries the request, trace and correlation ids; this
     * invocation's own metrics, dimensions and metadata are untouched. An invalid namespace, name, value or
     * dimension is rejected like any input; a failing output is reported once; the handler never sees either
     * outside development mode.
     *
     * <pre>{@code
     * MetricsRecorder.current().flushSingleMetric("PaymentDeclined", 1, MetricUnit.COUNT, "Payments",
     *         Dimensions.of("Provider", "acme"));
     * }</pre>
     */
    void flushSingleMetric(String name, double value, MetricUnit unit, String namespace, Dimensions dimensions);

    /** {@link #flushSingleMetric(String, double, MetricUnit, String, Dimensions)} with this invocation's default dimensions. */
    default void flushSingleMetric(String name, double value, MetricUnit unit, String namespace) {
        flushSingleMetric(name, value, unit, namespace, getDefaultDimensions());
    }

    /**
     * Replaces the default dimensions (besides {@code Service}, always first) of this invocation, from
     * this call on, and of every invocation of the same step that begins later; invocations already
     * running keep theirs, so concurrent requests (Lambda Managed Instances) never mix them up. Like
     * Powertools' {@code Metrics.setDefaultDimensions}, except that {@code Service} stays. An entry that
     * is invalid or collides with something this invocation recorded is rejected like any input.
     *
     * <pre>{@code
     * MetricsRecorder.current().setDefaultDimensions(Dimensions.of("Environment", "prod"));
     * }</pre>
     */
    MetricsRecorder setDefaultDimensions(Dimensions dimensions);

    /** This invocation's default dimensions: {@code Service} first, then the others. */
    Dimensions getDefaultDimensions();

    /** {@link #setDefaultDimensions(Dimensions)} with none: only {@code Service} remains. */
    default MetricsRecorder clearDefaultDimensions() {
        return setDefaultDimensions(Dimensions.empty());
    }
}
