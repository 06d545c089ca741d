package dev.lambdaobs.dashboardgen.preview.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.preview.data.Datapoints;
import dev.lambdaobs.dashboardgen.preview.data.MetricRef;
import dev.lambdaobs.dashboardgen.preview.data.Series;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A metric widget as a chart of the local data: header with statistic, period and where the data
 * came from, the {@link ChartSvg}, and a legend; or a note saying there is no local data for it.
 */
final class MetricWidget {
    /** CloudWatch's default graph colours (the legend's swatches are {@link PageStyle}'s classes c0..c9). */
    static final List<String> PALETTE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
            "#e377c2", "#7f7f7f", "#bcbd22", "#17becf");
    /** The legend's line height ({@link PageStyle} sets it): the chart gives up exactly the rows the legend shows. */
    static final int LEGEND_ROW_PIXELS = 13;
    /** Rows shown before the legend scrolls: ten lines in its two columns, CloudWatch's palette once round. */
    static final int LEGEND_MAX_ROWS = 5;
    private static final int HEADER_PIXELS = 44;
    /** Legend entries listed; a widget may hold 500 metrics, the rest are counted. */
    private static final int LEGEND_MAX_ENTRIES = 60;

    private MetricWidget() {
    }

    /** The widget's body; {@code width} and {@code height} are its size in pixels. */
    static String html(JsonNode properties, RenderContext context, int width, int height) {
        List<WidgetRows.Row> rows = WidgetRows.read(properties);
        int period = context.periodOverride() > 0 ? context.periodOverride()
                : properties.path("period").asInt(WidgetRows.DEFAULT_PERIOD);
        long periodMillis = period * 1000L;
        long first = Datapoints.periodStart(context.metrics().firstSampleMillis(), periodMillis);
        long last = Datapoints.periodStart(context.metrics().lastSampleMillis(), periodMillis);
        List<Long> range = new ArrayList<>();
        for (long t = first; t <= last; t += periodMillis) {
            range.add(t);
        }
        WidgetLines resolver = new WidgetLines(context.metrics(), context.periodOverride());
        List<WidgetLines.Line> lines = resolver.resolve(rows, range);
        List<WidgetLines.Line> drawn = lines.stream().filter(l -> !l.points().isEmpty()).toList();
        Set<String> sources = new LinkedHashSet<>();
        drawn.forEach(l -> sources.addAll(l.sources()));
        StringBuilder out = new StringBuilder("<p class=\"meta\">");
        out.append(Html.escape(String.join(", ", resolver.stats))).append(" · ")
                .append(Html.escape(resolver.periods.stream().map(Numbers::period).distinct().reduce((a, b) -> a + ", " + b).orElse(
                        Numbers.period(period))));
        if (properties.path("stacked").asBoolean(false)) {
            out.append(" · stacked");
        }
        sources.forEach(s -> out.append(" <span class=\"tag ").append(s.equals(Series.EMF) ? "emf" : "derived").append("\">")
                .append(Html.escape(s)).append("</span>"));
        out.append("</p>");
        if (drawn.isEmpty()) {
            return out.append(noData(lines)).toString();
        }
        List<ChartModel.Line> chartLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            chartLines.add(new ChartModel.Line(lines.get(i).label(), PALETTE.get(i % PALETTE.size()), lines.get(i).points()));
        }
        String unit = properties.path("yAxis").path("left").path("label").asText(
                drawn.stream().map(WidgetLines.Line::unit).filter(u -> !u.isEmpty()).findFirst().orElse(""));
        ChartModel chart = new ChartModel(chartLines, thresholds(properties, rows, context), first - periodMillis / 2,
                last + periodMillis / 2, properties.path("stacked").asBoolean(false), unit);
        int legendRows = Math.min((lines.size() + 1) / 2, LEGEND_MAX_ROWS);
        int chartHeight = Math.max(60, height - HEADER_PIXELS - legendRows * LEGEND_ROW_PIXELS);
        out.append(ChartSvg.svg(chart, width, chartHeight));
        return out.append(legend(lines, chartLines)).toString();
    }

    private static List<ChartModel.Threshold> thresholds(JsonNode properties, List<WidgetRows.Row> rows, RenderContext context) {
        List<MetricRef> metrics = rows.stream().map(WidgetRows.Row::metric).filter(Objects::nonNull).toList();
        List<ChartModel.Threshold> thresholds = new ArrayList<>();
        for (JsonNode annotation : properties.path("annotations").path("horizontal")) {
            JsonNode value = annotation.path("value");
            if (!value.isNumber()) {
                continue;
            }
            double threshold = value.asDouble();
            var alarm = context.alarmIndex().find(metrics, threshold);
            String fill = annotation.path("fill").asText("");
            boolean above = fill.isEmpty() ? alarm.map(AlarmIndex.Match::above).orElse(true) : !fill.equals("below");
            thresholds.add(new ChartModel.Threshold(threshold, annotation.path("label").asText("threshold"), above,
                    alarm.map(AlarmIndex.Match::inAlarm).orElse(false)));
        }
        return thresholds;
    }

    private static String legend(List<WidgetLines.Line> lines, List<ChartModel.Line> chartLines) {
        StringBuilder out = new StringBuilder("<ul class=\"legend\">");
        for (int i = 0; i < Math.min(lines.size(), LEGEND_MAX_ENTRIES); i++) {
            WidgetLines.Line line = lines.get(i);
            out.append("<li").append(line.points().isEmpty() ? " class=\"empty\"" : "").append(">")
                    .append("<b class=\"c").append(i % PALETTE.size()).append("\">■</b>")
                    .append(Html.escape(line.label()));
            if (!line.note().isEmpty()) {
                out.append(" <span class=\"note\">(").append(Html.escape(line.note())).append(")</span>");
            }
            out.append("</li>");
        }
        if (lines.size() > LEGEND_MAX_ENTRIES) {
            out.append("<li>… and ").append(lines.size() - LEGEND_MAX_ENTRIES).append(" more</li>");
        }
        return out.append("</ul>").toString();
    }

    private static String noData(List<WidgetLines.Line> lines) {
        StringBuilder out = new StringBuilder("<div class=\"nodata\"><p>No local data for this graph: ");
        out.append(lines.isEmpty() ? "it has no metrics." : "CloudWatch fills it once the service is deployed.").append("</p><ul>");
        lines.stream().limit(4).forEach(l -> out.append("<li>").append(Html.escape(l.label())).append("</li>"));
        if (lines.size() > 4) {
            out.append("<li>… and ").append(lines.size() - 4).append(" more</li>");
        }
        return out.append("</ul></div>").toString();
    }
}
