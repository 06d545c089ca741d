package dev.lambdaobs.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The metrics of one invocation (or of one unit of work outside a handler), written as EMF exactly
 * once, on {@link #close()}. Later calls to {@code close()} write nothing.
 *
 * <pre>{@code
 * try (MetricsBatch batch = step.newBatch()) {        // outside a handler
 *     batch.add("ReportsBuilt", 1, MetricUnit.COUNT);
 * }
 * }</pre>
 */
public final class MetricsBatch implements MetricsRecorder, AutoCloseable {
    private final MetricsRuntime runtime;
    private final StandardProperties standard;
    private final SingleMetrics single;
    private final Object lock = new Object();
    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    private final Map<String, RecordedMetric> definitions = new LinkedHashMap<>();
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private final List<Dimensions> extraSets = new ArrayList<>();
    private Dimensions ownSet = Dimensions.empty();
    /** The step's default dimensions when this batch began, then as this batch changed them. */
    private Dimensions defaults;
    private Instant timestamp;
    private boolean closed;

    MetricsBatch(MetricsRuntime runtime, StandardProperties standard) {
        this.runtime = runtime;
        this.standard = standard;
        this.single = new SingleMetrics(runtime, standard);
        this.defaults = runtime.defaults().snapshot();
    }

    @Override
    public MetricsRecorder add(String name, double value, MetricUnit unit, Resolution resolution) {
        Violations check = runtime.violations();
        if (check.reject(MetricRules.metric(name, value, unit, resolution))) {
            return this;
        }
        synchronized (lock) {
            RecordedMetric known = definitions.get(name);
            // Problems are built only when a rule is broken: this is the hot path of every metric.
            if (known != null && (known.unit() != unit || known.resolution() != resolution)
                    && check.reject(MetricRules.unitConflict(known, unit, resolution))
                    || (isReserved(name) || isDimensionKey(name) || metadata.containsKey(name))
                    && check.reject(MetricRules.collision("metric name", name,
                    "is already a dimension or property key; EMF would write both to one member"))) {
                return this;
            }
            if (known == null) {
                definitions.put(name, RecordedMetric.of(name, value, unit, resolution));
            }
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return this;
    }

    @Override
    public MetricsRecorder dimension(String key, String value) {
        synchronized (lock) {
            Dimensions widened = ownSet.with(key, value);
            if (!rejectsSet(Dimensions.of(key, value), widened)) {
                ownSet = widened;
            }
        }
        return this;
    }

    @Override
    public MetricsRecorder dimensionSet(Dimensions dimensions) {
        synchronized (lock) {
            if (!rejectsSet(dimensions, dimensions)) {
                extraSets.add(dimensions);
            }
        }
        return this;
    }

    @Override
    public MetricsRecorder metadata(String key, Object value) {
        Violations check = runtime.violations();
        if (check.reject(MetricRules.propertyKey(key))) {
            return this;
        }
        synchronized (lock) {
            boolean taken = isReserved(key) || values.containsKey(key) || isDimensionKey(key);
            if (!(taken && check.reject(MetricRules.collision("metadata key", key,
                    "is already a metric name, dimension or reserved key")))) {
                metadata.put(key, PropertyValues.plain(value, runtime.diagnostics()));
            }
        }
        return this;
    }

    @Override
    public MetricsRecorder timestamp(Instant timestamp) {
        if (!runtime.violations().reject(MetricRules.timestamp(timestamp, runtime.clock().instant()))) {
            synchronized (lock) {
                this.timestamp = timestamp;
            }
        }
        return this;
    }

    @Override
    public void flushSingle(String name, double value, MetricUnit unit, Dimensions dimensions) {
        single.withDefaults(name, value, unit, getDefaultDimensions(), dimensions);
    }

    @Override
    public void flushSingleMetric(String name, double value, MetricUnit unit, String namespace, Dimensions dimensions) {
        // Powertools' optional dimensions: none given means the default dimensions.
        single.inNamespace(name, value, unit, namespace, dimensions == null ? getDefaultDimensions() : dimensions);
    }

    @Override
    public MetricsRecorder setDefaultDimensions(Dimensions dimensions) {
        Violations check = runtime.violations();
        Dimensions valid = DefaultDimensions.validated(Objects.requireNonNull(dimensions, "dimensions"),
                runtime.config().service(), check);
        if (valid == null) {
            return this;
        }
        synchronized (lock) {
            Map<String, String> kept = new LinkedHashMap<>();
            valid.asMap().forEach((key, value) -> {
                boolean taken = values.containsKey(key) || metadata.containsKey(key) || isOwnDimensionKey(key);
                if (!(taken && check.reject(MetricRules.collision("default dimension", key,
                        "is already a metric name, dimension or property of this invocation")))) {
                    kept.put(key, value);
                }
            });
            Dimensions others = Dimensions.of(kept);
            Dimensions next = runtime.defaults().service().and(others);
            for (Dimensions set : ownSets()) {
                Dimensions complete = next.and(set);
                if (complete.size() > EmfLimits.MAX_DIMENSIONS_PER_SET && check.reject(MetricRules.tooManyDimensions(complete))) {
                    return this;
                }
            }
            defaults = next;
            runtime.defaults().set(others);
        }
        return this;
    }

    @Override
    public Dimensions getDefaultDimensions() {
        synchronized (lock) {
            return defaults;
        }
    }

    /** True when no metric has been recorded yet. */
    public boolean isEmpty() {
        synchronized (lock) {
            return values.isEmpty();
        }
    }

    /**
     * Writes the recorded metrics, once; with none recorded writes nothing and reports it, unless
     * invocation metrics are on (they are written for every invocation).
     */
    @Override
    public void close() {
        EmfDocument document;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (!runtime.active()) {
                return;
            }
            if (values.isEmpty()) {
                // Invocation metrics are this invocation's document, so it is not empty then.
                if (!runtime.config().invocationMetrics()) {
                    EmptyMetrics.report(runtime);
                }
                return;
            }
            document = snapshot();
        }
        runtime.write(document);
    }

    private EmfDocument snapshot() {
        List<RecordedMetric> metrics = new ArrayList<>(values.size());
        values.forEach((name, recorded) -> {
            RecordedMetric definition = definitions.get(name);
            metrics.add(new RecordedMetric(name, definition.unit(), definition.resolution(), recorded));
        });
        Instant at = timestamp != null ? timestamp : runtime.clock().instant();
        Map<String, Object> properties = new LinkedHashMap<>(metadata);
        properties.putAll(standard.at(at));
        return new EmfDocument(metrics, dimensionSets(), properties, at);
    }

    /** The user's sets, each after the default dimensions; just the defaults when the user set none. */
    private List<Dimensions> dimensionSets() {
        Set<Dimensions> sets = new LinkedHashSet<>();
        ownSets().forEach(set -> sets.add(defaults.and(set)));
        return List.copyOf(sets);
    }

    /** The user's sets without the defaults: the own set (empty when there is no set at all) and the extra ones. */
    private List<Dimensions> ownSets() {
        List<Dimensions> sets = new ArrayList<>(extraSets.size() + 1);
        if (!ownSet.isEmpty() || extraSets.isEmpty()) {
            sets.add(ownSet);
        }
        sets.addAll(extraSets);
        return sets;
    }

    private boolean rejectsSet(Dimensions added, Dimensions resulting) {
        return runtime.violations().rejectDimensions(added, defaults.and(resulting),
                key -> isReserved(key) || isDefault(key) || values.containsKey(key) || metadata.containsKey(key));
    }

    private boolean isDimensionKey(String key) {
        return isDefault(key) || isOwnDimensionKey(key);
    }

    private boolean isOwnDimensionKey(String key) {
        if (ownSet.asMap().containsKey(key)) {
            return true;
        }
        for (Dimensions set : extraSets) {
            if (set.asMap().containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    private boolean isDefault(String key) {
        return defaults.asMap().containsKey(key);
    }

    private static boolean isReserved(String key) {
        return StandardProperties.RESERVED.contains(key);
    }
}
