package dev.lambdaobs.dashboardgen.preview.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.preview.Preview;
import dev.lambdaobs.dashboardgen.preview.data.Series;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Renders dashboard bodies as one static HTML page that looks like CloudWatch: each dashboard on the
 * 24-column grid, metric widgets as charts of the local data ({@link MetricWidget}), alarm widgets
 * and a table of every alarm with the state it reaches on the local data, text widgets as markdown,
 * log widgets with their query and the local lines it matches. The page runs no script and makes no
 * request: every string is escaped and a Content-Security-Policy allows only its own style sheet.
 *
 * <pre>{@code
 * String html = PreviewPage.render(new Preview("orders", dashboards, alarms, metrics, verdicts, logLines, 15, "eu-west-1", 0));
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html">Dashboard body structure</a>
 */
public final class PreviewPage {
    private PreviewPage() {
    }

    public static String render(Preview preview) {
        RenderContext context = RenderContext.of(preview.metrics(), preview.alarms(), preview.verdicts(), preview.logLines(),
                preview.region(), preview.periodOverride());
        PageStyle style = new PageStyle();
        StringBuilder body = new StringBuilder();
        body.append("<header class=\"page\"><h1>").append(Html.escape(preview.service())).append(" — dashboard preview</h1><p>")
                .append(Html.escape(summary(preview))).append("</p></header><nav>");
        preview.dashboards().keySet().forEach(name -> body.append("<a href=\"#").append(Html.escape(anchor(name))).append("\">")
                .append(Html.escape(name)).append("</a>"));
        body.append("<a href=\"#alarms\">alarms</a></nav><main>");
        preview.dashboards().forEach((name, dashboard) -> dashboard(body, name, dashboard, context, style));
        body.append("<div id=\"alarms\">").append(AlarmViews.table(preview.verdicts())).append("</div></main>");
        String css = style.css();
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\""
                + PageStyle.contentSecurityPolicy(css) + "\"><meta name=\"referrer\" content=\"no-referrer\"><title>"
                + Html.escape(preview.service()) + " dashboards (preview)</title><style>" + css + "</style></head><body>" + body
                + "</body></html>\n";
    }

    private static String summary(Preview preview) {
        if (preview.metrics().isEmpty()) {
            return preview.dashboards().size() + " dashboard(s), no local data (pass --emf, --invocations, --logs). "
                    + "Region " + preview.region() + " assumed for links.";
        }
        Instant from = Instant.ofEpochMilli(preview.metrics().firstSampleMillis()).truncatedTo(ChronoUnit.SECONDS);
        Instant to = Instant.ofEpochMilli(preview.metrics().lastSampleMillis()).truncatedTo(ChronoUnit.SECONDS);
        return preview.dashboards().size() + " dashboard(s) on the local run of " + from + " to " + to + ": "
                + preview.metrics().count(Series.EMF) + " EMF series, " + preview.metrics().count(Series.DERIVED)
                + " series derived locally from " + preview.invocations() + " invocations, " + preview.logLines().size()
                + " log lines. Region " + preview.region() + " assumed for links.";
    }

    private static void dashboard(StringBuilder out, String name, JsonNode body, RenderContext context, PageStyle style) {
        out.append("<section class=\"dashboard\" id=\"").append(Html.escape(anchor(name))).append("\" data-name=\"")
                .append(Html.escape(name)).append("\"><h2>").append(Html.escape(name)).append("</h2><div class=\"grid\">");
        for (JsonNode widget : body.path("widgets")) {
            widget(out, widget, context, style);
        }
        out.append("</div></section>");
    }

    private static void widget(StringBuilder out, JsonNode widget, RenderContext context, PageStyle style) {
        String type = widget.path("type").asText();
        JsonNode properties = widget.path("properties");
        int width = clamp(widget.path("width").asInt(6), 1, 24);
        int height = clamp(widget.path("height").asInt(6), 1, 1000);
        int x = clamp(widget.path("x").asInt(0), 0, 24 - width);
        int y = clamp(widget.path("y").asInt(0), 0, 100_000);
        String kind = switch (type) {
            case "metric", "alarm", "log", "text" -> type;
            default -> "unknown";
        };
        out.append("<div class=\"widget ").append(kind).append(' ').append(style.place(x, y, width, height))
                .append("\" data-type=\"").append(kind).append("\">");
        String title = properties.path("title").asText("");
        if (!title.isEmpty()) {
            out.append("<h3>").append(Html.escape(title)).append("</h3>");
        }
        int innerWidth = width * PageStyle.COLUMN_PIXELS - PageStyle.GAP_PIXELS - 2 * PageStyle.PADDING_PIXELS;
        int innerHeight = height * PageStyle.ROW_PIXELS - PageStyle.GAP_PIXELS - 2 * PageStyle.PADDING_PIXELS;
        switch (kind) {
            case "metric" -> out.append(MetricWidget.html(properties, context, innerWidth, innerHeight));
            case "alarm" -> out.append(AlarmViews.widget(properties, context.alarms()));
            case "log" -> out.append(LogWidget.html(properties, context));
            case "text" -> out.append(MarkdownView.html(properties.path("markdown").asText(""), context.region()));
            default -> out.append("<p class=\"note\">").append(Html.escape(type)).append(" widget (not previewed)</p>");
        }
        out.append("</div>");
    }

    private static String anchor(String name) {
        return "d-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
