package dev.lambdaobs.metrics;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * One metric written at once, in a document of its own, for a recorder: in the step's namespace with the
 * default dimensions and some more ({@code flushSingle}), or in a namespace of its own with exactly its
 * dimensions ({@code flushSingleMetric}). Checked like any input, written through the step's output with
 * the invocation's request, trace and correlation ids; the batch's own metrics are untouched.
 */
final class SingleMetrics {
    private final MetricsRuntime runtime;
    private final StandardProperties standard;

    SingleMetrics(MetricsRuntime runtime, StandardProperties standard) {
        this.runtime = runtime;
        this.standard = standard;
    }

    /** In the step's namespace, dimensions {@code defaults} followed by {@code dimensions}. */
    void withDefaults(String name, double value, MetricUnit unit, Dimensions defaults, Dimensions dimensions) {
        write(runtime.config().namespace(), name, value, unit, dimensions, defaults.and(dimensions),
                key -> isReserved(key) || defaults.asMap().containsKey(key) || key.equals(name));
    }

    /** In {@code namespace}, with exactly {@code dimensions}. */
    void inNamespace(String name, double value, MetricUnit unit, String namespace, Dimensions dimensions) {
        if (runtime.violations().reject(MetricRules.namespace(namespace))) {
            return;
        }
        write(namespace, name, value, unit, dimensions, dimensions, key -> isReserved(key) || key.equals(name));
    }

    private void write(String namespace, String name, double value, MetricUnit unit, Dimensions added,
                       Dimensions set, Predicate<String> taken) {
        Violations check = runtime.violations();
        if (check.reject(MetricRules.metric(name, value, unit, Resolution.STANDARD))
                || check.rejectDimensions(added, set, taken)
                || isReserved(name) && check.reject(MetricRules.collision("metric name", name, "is a reserved key"))) {
            return;
        }
        Instant now = runtime.clock().instant();
        runtime.write(new EmfDocument(List.of(RecordedMetric.of(name, value, unit, Resolution.STANDARD)),
                List.of(set), standard.at(now), now), namespace);
    }

    private static boolean isReserved(String key) {
        return StandardProperties.RESERVED.contains(key);
    }
}
