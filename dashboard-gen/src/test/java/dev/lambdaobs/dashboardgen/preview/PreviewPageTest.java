package dev.lambdaobs.dashboardgen.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.preview.alarm.LocalAlarms;
import dev.lambdaobs.dashboardgen.preview.data.LocalMetrics;
import dev.lambdaobs.dashboardgen.preview.data.Series;
import dev.lambdaobs.dashboardgen.preview.render.PreviewPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = 1_796_224_940_000L;

    static JsonNode dashboard() throws Exception {
        return JSON.readTree("""
                {"widgets": [
                  {"type": "text", "x": 0, "y": 0, "width": 24, "height": 2, "properties": {"markdown":
                    "# orders <service>\\n[Alarms](https://${AWS::Region}.console.aws.amazon.com/cloudwatch/) for ${PayFunction}"}},
                  {"type": "metric", "x": 0, "y": 2, "width": 12, "height": 6, "properties": {
                    "title": "Errors", "region": "us-east-1", "period": 60, "stat": "Sum",
                    "metrics": [["AWS/Lambda", "Invocations", "FunctionName", "${PayFunction}"], [".", "Errors", ".", "."]],
                    "annotations": {"horizontal": [{"label": "Errors (critical)", "value": 0}]}}},
                  {"type": "metric", "x": 12, "y": 2, "width": 12, "height": 6, "properties": {
                    "title": "Queue age", "period": 60, "stat": "Maximum",
                    "metrics": [["AWS/SQS", "ApproximateAgeOfOldestMessage", "QueueName", "${Queue.QueueName}"]]}},
                  {"type": "metric", "x": 0, "y": 8, "width": 12, "height": 6, "properties": {
                    "title": "Orders", "period": 60, "stacked": true,
                    "metrics": [[{"expression": "SEARCH('Namespace=\\"Orders\\" MetricName=\\"OrdersPlaced\\"', 'Sum', 60)",
                      "label": "placed", "id": "e1"}]]}},
                  {"type": "alarm", "x": 12, "y": 8, "width": 12, "height": 6, "properties": {"title": "Alarms",
                    "alarms": ["arn:${AWS::Partition}:cloudwatch:${AWS::Region}:${AWS::AccountId}:alarm:orders-PayFunction-Errors"]}},
                  {"type": "log", "x": 0, "y": 14, "width": 24, "height": 6, "properties": {"title": "Recent errors",
                    "query": "SOURCE '/aws/lambda/${PayFunction}' | fields @timestamp, message | filter level = 'ERROR' | sort @timestamp desc"}}
                ]}
                """);
    }

    static JsonNode alarms() throws Exception {
        return JSON.readTree("""
                [{"name": "orders-PayFunction-Errors", "severity": "critical", "type": "AWS::CloudWatch::Alarm", "resource": "PayFunction",
                  "properties": {"Namespace": "AWS/Lambda", "MetricName": "Errors",
                    "Dimensions": [{"Name": "FunctionName", "Value": {"Ref": "PayFunction"}}], "Statistic": "Sum", "Period": 60,
                    "EvaluationPeriods": 1, "DatapointsToAlarm": 1, "Threshold": 0, "ComparisonOperator": "GreaterThanThreshold",
                    "TreatMissingData": "notBreaching"}}]
                """);
    }

    static Preview preview(Map<String, JsonNode> dashboards, JsonNode alarms) throws Exception {
        LocalMetrics metrics = new LocalMetrics();
        Map<String, String> pay = Map.of("FunctionName", "orders-PayFunction-X1");
        for (int i = 0; i < 4; i++) {
            metrics.add("AWS/Lambda", "Invocations", pay, "Count", Series.DERIVED, T0 + i * 60_000, 2);
            metrics.add("AWS/Lambda", "Errors", pay, "Count", Series.DERIVED, T0 + i * 60_000, i == 3 ? 1 : 0);
            metrics.add("Orders", "OrdersPlaced", Map.of("Service", "orders"), "Count", Series.EMF, T0 + i * 60_000, i + 1);
        }
        List<JsonNode> logs = List.of(
                JSON.readTree("{\"timestamp\":\"2026-12-02T15:22:23Z\",\"level\":\"ERROR\",\"message\":\"declined <b>\","
                        + "\"function_name\":\"orders-PayFunction-X1\"}"),
                JSON.readTree("{\"timestamp\":\"2026-12-02T15:22:24Z\",\"level\":\"INFO\",\"message\":\"fine\","
                        + "\"function_name\":\"orders-PayFunction-X1\"}"));
        return new Preview("orders", dashboards, alarms, metrics, LocalAlarms.evaluate(alarms, metrics), logs, 8, "eu-west-1", 0);
    }

    @Test
    void drawsChartsAlarmStatesMarkdownAndMatchingLogLines() throws Exception {
        String html = PreviewPage.render(preview(Map.of("orders-summary", dashboard()), alarms()));

        assertThat(widget(html, "Errors")).contains("<svg class=\"chart\"", "<polyline class=\"series\"", "Errors (critical) 0",
                "class=\"band firing\"", "derived locally", "Sum · 1 min");
        assertThat(Pattern.compile("<polyline class=\"series\"").matcher(widget(html, "Errors")).results()).hasSize(2);
        assertThat(widget(html, "Queue age")).contains("No local data for this graph").doesNotContain("<svg class=\"chart\"");
        assertThat(widget(html, "Orders")).contains("<polygon class=\"area\"", "placed orders", "EMF");
        assertThat(widget(html, "Alarms")).contains("<span class=\"state alarm\">ALARM</span> orders-PayFunction-Errors");
        assertThat(html).contains("data-alarm=\"orders-PayFunction-Errors\" data-state=\"ALARM\"");
        assertThat(widget(html, "Recent errors")).contains("approximate", "declined &lt;b&gt;").doesNotContain("fine")
                .contains("<pre class=\"query\">fields @timestamp, message\n| filter level = &#39;ERROR&#39;");
        assertThat(html).contains("<h1>orders &lt;service&gt;</h1>")
                .contains("<a rel=\"noopener noreferrer\" href=\"https://eu-west-1.console.aws.amazon.com/cloudwatch/\">Alarms</a>")
                .contains("<span class=\"placeholder\" title=\"resolved when deployed\">PayFunction</span>");
        assertThat(html).contains("grid-column-start:13", "x12 y2 w12 h6");
    }

    @Test
    void everyStringIsEscapedAndThePageMayRunNoScript() throws Exception {
        String evil = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
        JsonNode dashboard = JSON.readTree("""
                {"widgets": [
                  {"type": "text", "x": 0, "y": 0, "width": 24, "height": 3, "properties": {"markdown":
                    "EVIL <script>alert(3)</script> <img src=x onerror=alert(5)>\\n\\n[x](javascript:alert(4)) [y](EVIL)"}},
                  {"type": "metric", "x": 0, "y": 3, "width": 12, "height": 6, "properties": {"title": "EVIL", "period": 60,
                    "stat": "EVIL", "metrics": [["AWS/Lambda", "Errors", "FunctionName", "${PayFunction}", {"label": "EVIL"}]],
                    "annotations": {"horizontal": [{"label": "EVIL", "value": 0}, {"label": "EVIL", "value": "EVIL"}]}}},
                  {"type": "metric", "x": 12, "y": 3, "width": 12, "height": 6, "properties": {"title": "ok", "period": 60,
                    "stat": "Sum", "metrics": [["AWS/Lambda", "Errors", "FunctionName", "${PayFunction}", {"label": "EVIL"}]],
                    "annotations": {"horizontal": [{"label": "EVIL", "value": 0, "fill": "EVIL"}]}}},
                  {"type": "EVIL", "x": 0, "y": 9, "width": 6, "height": 3, "properties": {}},
                  {"type": "alarm", "x": 6, "y": 9, "width": 6, "height": 3, "properties": {"alarms": ["arn:aws:cloudwatch:x:1:alarm:EVIL"]}},
                  {"type": "log", "x": 12, "y": 9, "width": 12, "height": 3, "properties": {"title": "EVIL",
                    "query": "SOURCE '/aws/lambda/EVIL' | filter message like \\"EVIL\\" | fields EVIL"}}
                ]}
                """.replace("EVIL", JSON.writeValueAsString(evil).replaceAll("^\"|\"$", "")));
        JsonNode alarms = JSON.readTree(alarms().toString().replace("orders-PayFunction-Errors", evil.replace("\"", "\\\""))
                .replace("\"GreaterThanThreshold\"", JSON.writeValueAsString(evil)));
        Map<String, JsonNode> dashboards = new LinkedHashMap<>();
        dashboards.put(evil, dashboard);
        String html = PreviewPage.render(preview(dashboards, alarms));

        assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;alert(1)", "&lt;img src=x onerror=alert(5)&gt;");
        Matcher tags = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
        while (tags.find()) {
            // attribute values are escaped text; what must not exist is an event-handler attribute or a script URL
            assertThat(tags.group().replaceAll("=\"[^\"]*\"", "=\"\"")).as("a tag of the page").doesNotContainPattern("\\son\\w+\\s*=");
            assertThat(tags.group())
                    .doesNotContainPattern("(?i)(href|src)=\"\\s*javascript:");
        }
        assertThat(html).containsOnlyOnce("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-");
        assertThat(html).doesNotContain("style=\"", "unsafe-inline", "http://", "src=\"http");
    }

    @Test
    void chromiumLaysOutTheGridAsCloudWatchWould(@TempDir Path dir) throws Exception {
        Path chromium = HeadlessChromium.find().orElse(null);
        Assumptions.assumeTrue(chromium != null, "Debian's chromium is not installed (apt-get install -y chromium)");
        String html = PreviewPage.render(preview(Map.of("orders-summary", dashboard()), alarms()));
        // The test's own probe writes each widget's box into the DOM; the page's policy forbids scripts, so this copy drops it.
        String probe = "<script>document.querySelectorAll('.widget').forEach(w=>{const r=w.getBoundingClientRect();"
                + "w.dataset.box=[Math.round(r.left),Math.round(r.top),Math.round(r.width),Math.round(r.height)].join(',')});</script>";
        Path page = Files.writeString(dir.resolve("preview.html"), html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", probe + "</body>"));

        String dom = HeadlessChromium.dumpDom(chromium, page, dir.resolve("profile"));

        Matcher boxes = Pattern.compile("<h3>([^<]+)</h3>").matcher("");
        Map<String, int[]> byTitle = new LinkedHashMap<>();
        Matcher widgets = Pattern.compile("<div class=\"widget [^\"]*\" data-type=\"\\w+\" data-box=\"(\\d+),(\\d+),(\\d+),(\\d+)\">"
                + "(?:<h3>([^<]+)</h3>)?").matcher(dom);
        while (widgets.find()) {
            byTitle.put(widgets.group(5) == null ? "text" : widgets.group(5), new int[] {Integer.parseInt(widgets.group(1)),
                    Integer.parseInt(widgets.group(2)), Integer.parseInt(widgets.group(3)), Integer.parseInt(widgets.group(4))});
        }
        assertThat(boxes).isNotNull();
        assertThat(byTitle).containsKeys("text", "Errors", "Queue age", "Alarms", "Recent errors");
        int[] text = byTitle.get("text");
        int[] errors = byTitle.get("Errors");
        int[] queue = byTitle.get("Queue age");
        int[] log = byTitle.get("Recent errors");
        assertThat(errors[0]).isEqualTo(text[0]);
        assertThat(queue[0]).isGreaterThan(errors[0] + errors[2] - 10);
        assertThat(queue[1]).isEqualTo(errors[1]);
        assertThat(errors[2]).isBetween(text[2] / 2 - 10, text[2] / 2 + 10);
        assertThat(errors[3]).isEqualTo(6 * 40 - 6);
        assertThat(log[1]).isGreaterThan(errors[1] + 2 * errors[3]);
    }

    /** The markup of the widget titled {@code title}, up to the next widget. */
    static String widget(String html, String title) {
        int start = html.indexOf("<h3>" + title + "</h3>");
        assertThat(start).as("widget %s", title).isNotNegative();
        int end = html.indexOf("<div class=\"widget", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }
}
