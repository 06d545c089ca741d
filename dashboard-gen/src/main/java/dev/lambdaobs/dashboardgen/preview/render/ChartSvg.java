package dev.lambdaobs.dashboardgen.preview.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Draws a {@link ChartModel} as an SVG time-series chart in CloudWatch's manner: y axis with unit
 * and grid lines, UTC time axis, one line (or stacked area) per series with a marker per datapoint
 * (on busy charts only for a lone datapoint, which a line cannot show),
 * dashed threshold lines with the alarm band shaded (darker when the alarm is in ALARM). A threshold
 * far above the data is not allowed to flatten it: it is drawn at the top edge, labelled with its
 * value. Only numbers we format and escaped text reach the markup.
 */
final class ChartSvg {
    private static final int LEFT = 46;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 20;
    /** A threshold above this multiple of the data's maximum is pinned to the top instead of scaling the axis. */
    private static final double THRESHOLD_REACH = 4;
    /** Markers only on charts this sparse: on busy ones they would hide the lines (and weigh on the page). */
    private static final int MAX_MARKERS = 40;
    private static final int MAX_MARKED_LINES = 12;

    private final ChartModel chart;
    private final int width;
    private final int height;
    private final StringBuilder out = new StringBuilder();
    private double yMax;
    private double yMin;

    private ChartSvg(ChartModel chart, int width, int height) {
        this.chart = chart;
        this.width = width;
        this.height = height;
    }

    static String svg(ChartModel chart, int width, int height) {
        return new ChartSvg(chart, width, height).draw();
    }

    private String draw() {
        List<NavigableMap<Long, Double>> drawn = chart.stacked() ? stack() : chart.lines().stream().map(ChartModel.Line::points).toList();
        scale(drawn);
        out.append(String.format(Locale.ROOT, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\">", width, height));
        axes();
        thresholds();
        for (int i = drawn.size() - 1; i >= 0; i--) {
            series(drawn.get(i), chart.lines().get(i).color(), chart.stacked() ? (i == 0 ? null : drawn.get(i - 1)) : null);
        }
        return out.append("</svg>").toString();
    }

    private List<NavigableMap<Long, Double>> stack() {
        List<NavigableMap<Long, Double>> stacked = new ArrayList<>();
        NavigableMap<Long, Double> running = new TreeMap<>();
        for (ChartModel.Line line : chart.lines()) {
            NavigableMap<Long, Double> next = new TreeMap<>(running);
            line.points().forEach((t, v) -> next.merge(t, v, Double::sum));
            stacked.add(next);
            running = next;
        }
        return stacked;
    }

    private void scale(List<NavigableMap<Long, Double>> drawn) {
        double max = drawn.stream().flatMap(m -> m.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        double min = Math.min(0, drawn.stream().flatMap(m -> m.values().stream()).mapToDouble(Double::doubleValue).min().orElse(0));
        for (ChartModel.Threshold threshold : chart.thresholds()) {
            if (threshold.value() <= Math.max(max, 1) * THRESHOLD_REACH) {
                max = Math.max(max, threshold.value());
            }
            min = Math.min(min, threshold.value());
        }
        yMin = min < 0 ? -4 * niceCeiling(-min / 4) : 0;
        yMax = 4 * niceCeiling(Math.max(max <= yMin ? yMin + 1 : max, Double.MIN_NORMAL) / 4);
    }

    private void axes() {
        double step = (yMax - yMin) / 4;
        StringBuilder grid = new StringBuilder();
        StringBuilder ticks = new StringBuilder();
        for (int i = 0; i <= 4; i++) {
            double value = yMin + i * step;
            double y = y(value);
            grid.append(String.format(Locale.ROOT, "M%d %.0fH%d", LEFT, y, width - RIGHT));
            ticks.append(String.format(Locale.ROOT, "<tspan x=\"%d\" y=\"%.0f\">%s</tspan>", LEFT - 4, y + 3, Numbers.compact(value)));
        }
        out.append("<path class=\"grid\" d=\"").append(grid).append("\"/><text class=\"tick\" text-anchor=\"end\">").append(ticks)
                .append("</text>");
        out.append(String.format(Locale.ROOT, "<text class=\"unit\" x=\"10\" y=\"%d\" transform=\"rotate(-90 10 %d)\" "
                + "text-anchor=\"middle\">%s</text>", (TOP + height - BOTTOM) / 2, (TOP + height - BOTTOM) / 2, Html.escape(chart.unit())));
        long span = chart.toMillis() - chart.fromMillis();
        out.append("<text class=\"tick\" text-anchor=\"middle\">");
        for (int i = 0; i <= 3; i++) {
            long time = chart.fromMillis() + span * i / 3;
            double x = Math.min(width - RIGHT - 22, Math.max(LEFT + 22, x(time)));
            out.append(String.format(Locale.ROOT, "<tspan x=\"%.0f\" y=\"%d\">%s</tspan>", x, height - 5, Numbers.time(time, span)));
        }
        out.append("</text>");
    }

    private void thresholds() {
        Set<Double> labelled = new HashSet<>();
        for (ChartModel.Threshold threshold : chart.thresholds()) {
            boolean pinned = threshold.value() > yMax;
            double y = pinned ? TOP : y(Math.max(yMin, threshold.value()));
            double bandTop = threshold.above() ? TOP : y;
            double bandHeight = threshold.above() ? y - TOP : height - BOTTOM - y;
            if (!pinned && bandHeight > 0) {
                out.append(String.format(Locale.ROOT, "<rect class=\"band%s\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"/>",
                        threshold.inAlarm() ? " firing" : "", LEFT, bandTop, width - LEFT - RIGHT, bandHeight));
            }
            out.append(String.format(Locale.ROOT, "<line class=\"threshold\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", LEFT,
                    width - RIGHT, y, y));
            if (labelled.add(threshold.value())) {
                String label = chart.thresholds().stream().filter(t -> t.value() == threshold.value()).map(ChartModel.Threshold::label)
                        .distinct().reduce((a, b) -> a + ", " + b).orElse("") + " " + Numbers.compact(threshold.value());
                out.append(String.format(Locale.ROOT, "<text class=\"threshold-label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s%s</text>",
                        width - RIGHT - 2, pinned ? y + 10 : y - 3, pinned ? "↑ " : "", Html.escape(label)));
            }
        }
    }

    private void series(NavigableMap<Long, Double> points, String color, NavigableMap<Long, Double> below) {
        if (points.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder();
        points.forEach((t, v) -> line.append(String.format(Locale.ROOT, "%.0f,%.0f ", x(t), y(v))));
        if (below != null || chart.stacked()) {
            StringBuilder area = new StringBuilder(line);
            for (Map.Entry<Long, Double> p : points.descendingMap().entrySet()) {
                double base = below == null ? 0 : below.getOrDefault(p.getKey(), 0.0);
                area.append(String.format(Locale.ROOT, "%.0f,%.0f ", x(p.getKey()), y(base)));
            }
            out.append("<polygon class=\"area\" fill=\"").append(color).append("\" points=\"").append(area.toString().trim()).append("\"/>");
        }
        out.append("<polyline class=\"series\" stroke=\"").append(color).append("\" points=\"").append(line.toString().trim())
                .append("\"/>");
        if (points.size() == 1 || points.size() <= MAX_MARKERS && chart.lines().size() <= MAX_MARKED_LINES) {
            points.forEach((t, v) -> out.append(String.format(Locale.ROOT, "<circle class=\"point\" fill=\"%s\" cx=\"%.0f\" cy=\"%.0f\" r=\"2.5\"/>",
                    color, x(t), y(v))));
        }
    }

    private double x(long time) {
        long span = Math.max(1, chart.toMillis() - chart.fromMillis());
        return LEFT + (double) (time - chart.fromMillis()) / span * (width - LEFT - RIGHT);
    }

    private double y(double value) {
        return TOP + (yMax - value) / (yMax - yMin) * (height - TOP - BOTTOM);
    }

    /** The smallest 1, 2, 2.5 or 5 times a power of ten that is at least {@code value}, so ticks fall on round numbers. */
    static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= value) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
