package dev.lambdaobs.dashboardgen.preview.alarm;

import dev.lambdaobs.dashboardgen.preview.data.Datapoints;
import dev.lambdaobs.dashboardgen.preview.data.LocalMetrics;
import dev.lambdaobs.dashboardgen.preview.data.Series;
import dev.lambdaobs.dashboardgen.preview.data.Statistic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Runs an {@link InsightsQuery} over the local series, as Metrics Insights documents it: the metric's
 * series in the namespace ({@code SCHEMA}: only those with exactly its dimension keys) that pass WHERE,
 * one time series per GROUP BY value (a metric without a key is in the group {@code Other}), each
 * period the SELECT function over every observation of its series; groups in the alphabetical order of
 * their labels, or by the ORDER BY function over each time series' datapoints in the range; the first
 * LIMIT of them. Without GROUP BY, one time series aggregates every matched metric.
 *
 * <pre>{@code
 * InsightsSeries.Result r = InsightsSeries.run(InsightsQuery.parse(text), metrics, 60, range);
 * r.contributors().get(0).label(); // "FunctionName=orders-PayFunction-AB12"
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-querylanguage.html">Metrics Insights query components and syntax</a>
 */
final class InsightsSeries {
    /** The group a metric without a GROUP BY key falls in. */
    static final String OTHER = "Other";

    /**
     * One time series the query returns.
     *
     * @param label  {@code key=value, ...} of its group, or the metric's name without GROUP BY
     * @param values period start to value, within the range
     */
    record Contributor(String label, NavigableMap<Long, Double> values) {
    }

    /**
     * @param matched      every local series the query read
     * @param contributors the time series returned, in the query's order; none has an empty range
     */
    record Result(List<Series> matched, List<Contributor> contributors) {
    }

    private InsightsSeries() {
    }

    static Result run(InsightsQuery query, LocalMetrics metrics, int periodSeconds, List<Long> range) {
        List<Series> matched = new ArrayList<>();
        Map<List<String>, List<Series>> groups = new TreeMap<>(InsightsSeries::compareLabels);
        for (Series series : metrics.search(query.namespace(), query.metric())) {
            boolean inSchema = query.schema() == null || series.dimensions().keySet().equals(new HashSet<>(query.schema()));
            if (inSchema && query.where().test(series.dimensions())) {
                matched.add(series);
                List<String> key = query.groupBy().stream().map(k -> series.dimensions().getOrDefault(k, OTHER)).toList();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(series);
            }
        }
        Statistic statistic = Statistic.parse(query.statistic());
        List<Contributor> contributors = new ArrayList<>();
        groups.forEach((key, series) -> {
            NavigableMap<Long, Double> values = Datapoints.of(series, statistic, periodSeconds);
            values.keySet().retainAll(range);
            if (!values.isEmpty()) {
                contributors.add(new Contributor(label(query, key), values));
            }
        });
        if (query.orderBy() != null) {
            Statistic order = Statistic.parse(query.orderBy());
            Comparator<Contributor> byValue = Comparator.comparingDouble(
                    c -> order.compute(c.values().values().stream().mapToDouble(Double::doubleValue).toArray()));
            contributors.sort(query.descending() ? byValue.reversed() : byValue);
        }
        return new Result(List.copyOf(matched), List.copyOf(contributors.subList(0, Math.min(query.limit(), contributors.size()))));
    }

    private static String label(InsightsQuery query, List<String> key) {
        if (key.isEmpty()) {
            return query.metric();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            parts.add(query.groupBy().get(i) + "=" + key.get(i));
        }
        return String.join(", ", parts);
    }

    private static int compareLabels(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
