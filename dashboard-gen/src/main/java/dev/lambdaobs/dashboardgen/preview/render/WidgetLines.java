package dev.lambdaobs.dashboardgen.preview.render;

import dev.lambdaobs.dashboardgen.preview.alarm.MetricMath;
import dev.lambdaobs.dashboardgen.preview.data.Datapoints;
import dev.lambdaobs.dashboardgen.preview.data.LocalMetrics;
import dev.lambdaobs.dashboardgen.preview.data.Series;
import dev.lambdaobs.dashboardgen.preview.data.Statistic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A metric widget's rows resolved against the local metrics: each metric row's statistic per period,
 * each {@code SEARCH} expression's matching series ({@link SearchExpression}), and other
 * expressions through {@link MetricMath} over the rows' ids.
 */
final class WidgetLines {
    /** One line of the graph; {@code note} says why it has no points, if so. */
    record Line(String label, NavigableMap<Long, Double> points, Set<String> sources, String unit, String note) {
    }

    private final LocalMetrics metrics;
    private final int periodOverride;
    final Set<String> stats = new LinkedHashSet<>();
    final Set<Integer> periods = new LinkedHashSet<>();

    WidgetLines(LocalMetrics metrics, int periodOverride) {
        this.metrics = metrics;
        this.periodOverride = periodOverride;
    }

    List<Line> resolve(List<WidgetRows.Row> rows, List<Long> range) {
        List<Line> lines = new ArrayList<>();
        Map<String, NavigableMap<Long, Double>> byId = new LinkedHashMap<>();
        for (WidgetRows.Row row : rows) {
            int period = periodOverride > 0 ? periodOverride : row.period();
            if (row.metric() != null) {
                List<Series> series = metrics.matching(row.metric());
                String label = series.size() == 1 ? DynamicLabel.resolve(row.label(), series.get(0), row.stat(), period) : row.label();
                Line line = line(label, series, row.stat(), period);
                byId.put(row.id(), line.points());
                if (row.visible()) {
                    lines.add(line);
                }
            } else if (row.visible()) {
                lines.addAll(expression(row, period, byId, range));
            }
        }
        return lines;
    }

    private Line line(String label, List<Series> series, String stat, int period) {
        stats.add(stat);
        periods.add(period);
        Set<String> sources = new LinkedHashSet<>();
        series.forEach(s -> sources.add(s.source()));
        String unit = series.isEmpty() ? "" : series.get(0).unit();
        try {
            return new Line(label, Datapoints.of(series, Statistic.parse(stat), period), sources, unit,
                    series.isEmpty() ? "no local data" : "");
        } catch (IllegalArgumentException e) {
            return new Line(label, new TreeMap<>(), sources, unit, e.getMessage());
        }
    }

    private List<Line> expression(WidgetRows.Row row, int period, Map<String, NavigableMap<Long, Double>> byId, List<Long> range) {
        if (SearchExpression.isSearch(row.expression())) {
            return search(row, period);
        }
        periods.add(period);
        try {
            return List.of(new Line(row.label(), MetricMath.evaluate(row.expression(), byId, range), Set.of(), "", ""));
        } catch (UnsupportedOperationException e) {
            return List.of(new Line(row.label(), new TreeMap<>(), Set.of(), "", "expression not evaluated locally: " + e.getMessage()));
        }
    }

    /**
     * A SEARCH row: one line per series found, labelled by the row's dynamic label, or by its label and
     * the series' dimension values as CloudWatch combines them.
     */
    private List<Line> search(WidgetRows.Row row, int period) {
        SearchExpression search;
        try {
            search = SearchExpression.parse(row.expression());
        } catch (UnsupportedOperationException e) {
            periods.add(period);
            return List.of(new Line(row.label(), new TreeMap<>(), Set.of(), "", "expression not evaluated locally: " + e.getMessage()));
        }
        int searchPeriod = periodOverride > 0 ? periodOverride : search.period > 0 ? search.period : period;
        List<Series> found = search.matching(metrics.all());
        boolean dynamic = DynamicLabel.isDynamic(row.label());
        if (found.isEmpty()) {
            // a label naming a series' property names nothing here: the search itself says what is missing
            return List.of(line(dynamic ? row.expression() : row.label(), List.of(), search.stat, searchPeriod));
        }
        return found.stream().map(s -> line(dynamic ? DynamicLabel.resolve(row.label(), s, search.stat, searchPeriod)
                : row.label() + " " + String.join(" ", s.dimensions().values()), List.of(s), search.stat, searchPeriod)).toList();
    }
}
