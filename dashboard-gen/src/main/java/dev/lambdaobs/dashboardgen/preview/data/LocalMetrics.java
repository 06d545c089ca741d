package dev.lambdaobs.dashboardgen.preview.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every metric sample of a local run: from EMF documents ({@link EmfReader}) and derived from the
 * invocations ({@link InvocationMetrics}). Widgets and alarms look their metrics up here.
 *
 * <pre>{@code
 * LocalMetrics metrics = new LocalMetrics();
 * EmfReader.read(Path.of("build/example-run/logs.jsonl"), metrics);
 * List<Series> errors = metrics.matching(new MetricRef("AWS/Lambda", "Errors", Map.of("FunctionName", "${PayFunction}")));
 * }</pre>
 */
public final class LocalMetrics {
    private final Map<String, Series> series = new LinkedHashMap<>();
    /** Series by namespace and metric name: a lookup scans only the series of one metric. */
    private final Map<String, List<Series>> byMetric = new HashMap<>();
    private final Map<MetricRef, List<Series>> matched = new HashMap<>();
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    /** Adds one sample, creating its series on first use (the first unit and source win). */
    public void add(String namespace, String name, Map<String, String> dimensions, String unit, String source,
            long epochMillis, double value) {
        series.computeIfAbsent(Series.key(namespace, name, dimensions), k -> {
            Series created = new Series(namespace, name, dimensions, unit, source);
            byMetric.computeIfAbsent(namespace + "|" + name, m -> new ArrayList<>()).add(created);
            return created;
        }).add(epochMillis, value);
        matched.clear();
        first = Math.min(first, epochMillis);
        last = Math.max(last, epochMillis);
    }

    /** The series a dashboard or alarm metric names: same namespace, name and dimension names, matching values. */
    public List<Series> matching(MetricRef metric) {
        return matched.computeIfAbsent(metric, this::find);
    }

    private List<Series> find(MetricRef metric) {
        List<Series> found = new ArrayList<>();
        for (Series candidate : search(metric.namespace(), metric.name())) {
            if (candidate.dimensions().keySet().equals(metric.dimensions().keySet())
                    && metric.dimensions().entrySet().stream().allMatch(
                            d -> LocalNames.matches(d.getValue(), candidate.dimensions().get(d.getKey())))) {
                found.add(candidate);
            }
        }
        return found;
    }

    /** Every series of a metric name in a namespace, whatever its dimensions (a dashboard SEARCH). */
    public List<Series> search(String namespace, String name) {
        return byMetric.getOrDefault(namespace + "|" + name, List.of());
    }

    public Collection<Series> all() {
        return series.values();
    }

    /** Series count per source ({@link Series#EMF}, {@link Series#DERIVED}). */
    public long count(String source) {
        return series.values().stream().filter(s -> s.source().equals(source)).count();
    }

    /** The time of the newest sample: where an offline alarm evaluation stands; 0 without samples. */
    public long lastSampleMillis() {
        return series.isEmpty() ? 0 : last;
    }

    /** The time of the oldest sample; 0 without samples. */
    public long firstSampleMillis() {
        return series.isEmpty() ? 0 : first;
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }
}
