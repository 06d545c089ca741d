package dev.lambdaobs.dashboardgen.preview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders dashboard bodies as one static HTML page: CloudWatch's 24-column grid, each widget at
 * its x, y, width and height, titles, the metrics of each graph with threshold lines, alarm lists,
 * log-query widgets with their queries, text widgets; and, where local EMF samples match a metric,
 * a plot of its values.
 *
 * <pre>{@code
 * String html = PreviewPage.render("orders", Map.of("orders-summary", body), EmfSamples.read(logs));
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html">Dashboard body structure</a>
 */
public final class PreviewPage {
    /** Columns of CloudWatch's dashboard grid. */
    static final int GRID_COLUMNS = 24;
    /** Height in pixels the page gives one grid row. */
    private static final int ROW_PIXELS = 28;

    private PreviewPage() {
    }

    /** One page with a section per dashboard, in the order given. */
    public static String render(String service, Map<String, JsonNode> dashboards, EmfSamples samples) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(Html.escape(service))
                .append(" dashboards (preview)</title><style>").append(STYLE).append("</style></head><body>");
        out.append("<h1>").append(Html.escape(service)).append(" — dashboard preview</h1>");
        dashboards.forEach((name, body) -> dashboard(out, name, body, samples));
        return out.append("</body></html>\n").toString();
    }

    private static void dashboard(StringBuilder out, String name, JsonNode body, EmfSamples samples) {
        out.append("<section class=\"dashboard\" data-name=\"").append(Html.escape(name)).append("\"><h2>")
                .append(Html.escape(name)).append("</h2><div class=\"grid\">");
        for (JsonNode widget : body.path("widgets")) {
            widget(out, widget, samples);
        }
        out.append("</div></section>");
    }

    private static void widget(StringBuilder out, JsonNode widget, EmfSamples samples) {
        String type = widget.path("type").asText();
        JsonNode properties = widget.path("properties");
        out.append(String.format(Locale.ROOT,
                "<div class=\"widget %s\" data-type=\"%s\" style=\"grid-column:%d / span %d;grid-row:%d / span %d\">",
                Html.escape(type), Html.escape(type), widget.path("x").asInt() + 1, widget.path("width").asInt(6),
                widget.path("y").asInt() + 1, widget.path("height").asInt(6)));
        String title = properties.path("title").asText("");
        if (!title.isEmpty()) {
            out.append("<h3>").append(Html.escape(title)).append("</h3>");
        }
        switch (type) {
            case "metric" -> metric(out, properties, samples);
            case "alarm" -> list(out, "alarms", properties.path("alarms"));
            case "log" -> out.append("<pre class=\"query\">").append(Html.escape(properties.path("query").asText()))
                    .append("</pre>");
            case "text" -> out.append("<pre class=\"markdown\">").append(Html.escape(properties.path("markdown").asText()))
                    .append("</pre>");
            default -> out.append("<p class=\"unknown\">").append(Html.escape(type)).append(" widget</p>");
        }
        out.append("</div>");
    }

    private static void metric(StringBuilder out, JsonNode properties, EmfSamples samples) {
        List<Double> thresholds = new ArrayList<>();
        out.append("<ul class=\"thresholds\">");
        for (JsonNode line : properties.path("annotations").path("horizontal")) {
            thresholds.add(line.path("value").asDouble());
            out.append("<li class=\"threshold\">").append(Html.escape(line.path("label").asText("threshold")))
                    .append(": ").append(line.path("value").asText()).append("</li>");
        }
        out.append("</ul>");
        List<String> expressions = new ArrayList<>();
        out.append("<ul class=\"metrics\">");
        for (MetricSpec metric : WidgetMetrics.read(properties.path("metrics"), expressions)) {
            List<double[]> points = samples.points(metric);
            out.append("<li class=\"metric\" data-samples=\"").append(points.size()).append("\"><span class=\"name\">")
                    .append(Html.escape(metric.label())).append("</span> <span class=\"id\">")
                    .append(Html.escape(metric.namespace() + " " + metric.name() + " " + metric.dimensions()))
                    .append("</span>");
            if (!points.isEmpty()) {
                out.append(Sparkline.svg(points, thresholds));
            }
            out.append("</li>");
        }
        expressions.forEach(e -> out.append("<li class=\"expression\">").append(Html.escape(e)).append("</li>"));
        out.append("</ul>");
    }

    private static void list(StringBuilder out, String css, JsonNode items) {
        out.append("<ul class=\"").append(css).append("\">");
        items.forEach(item -> {
            String text = item.asText();
            out.append("<li>").append(Html.escape(text.substring(text.lastIndexOf(':') + 1))).append("</li>");
        });
        out.append("</ul>");
    }

    private static final String STYLE = "body{font-family:sans-serif;margin:16px;background:#f2f3f3}"
            + ".grid{display:grid;grid-template-columns:repeat(" + GRID_COLUMNS + ",1fr);grid-auto-rows:" + ROW_PIXELS
            + "px;gap:4px}.widget{background:#fff;border:1px solid #d5dbdb;padding:6px;overflow:auto;font-size:12px}"
            + ".widget h3{margin:0 0 4px;font-size:14px}.threshold{color:#d13212}line.threshold{stroke:#d13212;"
            + "stroke-dasharray:4 3}svg.chart{display:block;width:100%;height:60px}polyline.series{fill:none;stroke:#1f77b4;stroke-width:2}pre{white-space:pre-wrap;"
            + "margin:0}.id{color:#687078}ul{margin:0;padding-left:16px}";
}
