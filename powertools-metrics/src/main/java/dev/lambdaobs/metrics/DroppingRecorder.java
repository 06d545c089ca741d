package dev.lambdaobs.metrics;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.time.Instant;

/** The recorder outside an observed invocation: drops everything and says so once. */
enum DroppingRecorder implements MetricsRecorder {
    INSTANCE;

    private static final String WARNING = "metrics: recorded outside an invocation observed by @Metrics or "
            + "MetricsStep, so nothing is written; use MetricsStep.newBatch() for metrics outside a handler";

    private MetricsRecorder warn() {
        Diagnostics.stderr().warnOnce("metrics.outside-invocation", WARNING);
        return this;
    }

    @Override
    public MetricsRecorder add(String name, double value, MetricUnit unit, Resolution resolution) {
        return warn();
    }

    @Override
    public MetricsRecorder dimension(String key, String value) {
        return warn();
    }

    @Override
    public MetricsRecorder dimensionSet(Dimensions dimensions) {
        return warn();
    }

    @Override
    public MetricsRecorder metadata(String key, Object value) {
        return warn();
    }

    @Override
    public MetricsRecorder timestamp(Instant timestamp) {
        return warn();
    }

    @Override
    public void flushSingle(String name, double value, MetricUnit unit, Dimensions dimensions) {
        warn();
    }

    @Override
    public void flushSingleMetric(String name, double value, MetricUnit unit, String namespace, Dimensions dimensions) {
        warn();
    }

    @Override
    public MetricsRecorder setDefaultDimensions(Dimensions dimensions) {
        return warn();
    }

    @Override
    public Dimensions getDefaultDimensions() {
        return Dimensions.empty();
    }
}
