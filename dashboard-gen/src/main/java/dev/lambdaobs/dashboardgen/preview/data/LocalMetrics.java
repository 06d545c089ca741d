package dev.lambdaobs.dashboardgen.preview.data;

import java.util.ArrayList;
import java.util.Collection;
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

    /** Adds one sample, creating its series on first use (the first unit and source win). */
    public void add(String namespace, String name, Map<String, String> dimensions, String unit, String source,
            long epochMillis, double value) {
        series.computeIfAbsent(Series.key(namespace, name, dimensions),
                k -> new Series(namespace, name, dimensions, unit, source)).add(epochMillis, value);
    }

    /** The series a dashboard or alarm metric names: same namespace, name and dimension names, matching values. */
    public List<Series> matching(MetricRef metric) {
        List<Series> found = new ArrayList<>();
        for (Series candidate : series.values()) {
            if (candidate.namespace().equals(metric.namespace()) && candidate.name().equals(metric.name())
                    && candidate.dimensions().keySet().equals(metric.dimensions().keySet())
                    && metric.dimensions().entrySet().stream().allMatch(
                            d -> LocalNames.matches(d.getValue(), candidate.dimensions().get(d.getKey())))) {
                found.add(candidate);
            }
        }
        return found;
    }

    /** Every series of a metric name in a namespace, whatever its dimensions (a dashboard SEARCH). */
    public List<Series> search(String namespace, String name) {
        return series.values().stream().filter(s -> s.namespace().equals(namespace) && s.name().equals(name)).toList();
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
        return series.values().stream().flatMap(s -> s.samples().stream()).mapToLong(Sample::epochMillis).max().orElse(0);
    }

    /** The time of the oldest sample; 0 without samples. */
    public long firstSampleMillis() {
        return series.values().stream().flatMap(s -> s.samples().stream()).mapToLong(Sample::epochMillis).min().orElse(0);
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }
}
