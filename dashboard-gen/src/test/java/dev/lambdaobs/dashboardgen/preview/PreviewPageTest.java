package dev.lambdaobs.dashboardgen.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode dashboard() throws Exception {
        return JSON.readTree("""
                {"widgets": [
                  {"type": "text", "x": 0, "y": 0, "width": 24, "height": 2, "properties": {"markdown": "# orders <service>"}},
                  {"type": "metric", "x": 0, "y": 2, "width": 12, "height": 6, "properties": {
                    "title": "Orders placed", "region": "us-east-1",
                    "metrics": [["Orders", "OrdersPlaced", "service", "orders"], [".", "PaymentFailures", ".", "."],
                                [{"expression": "100 * m2 / m1", "label": "failure %", "id": "rate"}]],
                    "annotations": {"horizontal": [{"label": "PaymentFailures >= 5", "value": 5}]}}},
                  {"type": "alarm", "x": 12, "y": 2, "width": 12, "height": 6, "properties": {"title": "Alarms",
                    "alarms": ["arn:aws:cloudwatch:us-east-1:123456789012:alarm:orders-createorder-errors"]}},
                  {"type": "log", "x": 0, "y": 8, "width": 24, "height": 6, "properties": {"title": "Recent errors",
                    "query": "SOURCE '/aws/lambda/create-order' | fields @timestamp, message | filter level = 'ERROR'"}}
                ]}
                """);
    }

    static EmfSamples samples(Path dir) throws Exception {
        Path logs = dir.resolve("logs.jsonl");
        StringBuilder lines = new StringBuilder("{\"level\":\"INFO\",\"message\":\"not a metric\"}\n");
        for (int i = 0; i < 4; i++) {
            lines.append("{\"_aws\":{\"Timestamp\":").append(1_763_700_000_000L + i * 60_000L)
                    .append(",\"CloudWatchMetrics\":[{\"Namespace\":\"Orders\",\"Dimensions\":[[\"service\"]],")
                    .append("\"Metrics\":[{\"Name\":\"OrdersPlaced\",\"Unit\":\"Count\"},{\"Name\":\"PaymentFailures\"}]}]},")
                    .append("\"service\":\"orders\",\"OrdersPlaced\":").append(i + 1).append(",\"PaymentFailures\":[").append(i)
                    .append(",").append(i * 2).append("]}\n");
        }
        Files.writeString(logs, lines);
        return EmfSamples.read(logs);
    }

    @Test
    void rendersEveryWidgetKindWithMetricsThresholdsAndPlottedSamples(@TempDir Path dir) throws Exception {
        String html = PreviewPage.render("orders", Map.of("orders-summary", dashboard()), samples(dir));

        assertThat(html).contains("grid-column:1 / span 12;grid-row:3 / span 6", "grid-column:13 / span 12");
        assertThat(html).contains("<h3>Orders placed</h3>", "Orders PaymentFailures {service=orders}");
        assertThat(html).contains("<li class=\"threshold\">PaymentFailures &gt;= 5: 5</li>");
        assertThat(html).contains("failure % = 100 * m2 / m1");
        assertThat(html).contains("<li>orders-createorder-errors</li>");
        assertThat(html).contains("SOURCE &#39;/aws/lambda/create-order&#39;");
        assertThat(html).contains("# orders &lt;service&gt;").doesNotContain("<service>");
        assertThat(html).contains("data-samples=\"4\"", "data-samples=\"8\"");
        assertThat(Pattern.compile("<polyline").matcher(html).results().count()).isEqualTo(2);
    }

    @Test
    void chromiumLaysOutTheGridAsCloudWatchWould(@TempDir Path dir) throws Exception {
        Path chromium = HeadlessChromium.find().orElse(null);
        Assumptions.assumeTrue(chromium != null, "Debian's chromium is not installed (.ci/run installs it)");
        Map<String, JsonNode> dashboards = new LinkedHashMap<>();
        dashboards.put("orders-summary", dashboard());
        String html = PreviewPage.render("orders", dashboards, samples(dir));
        // The test's own probe: after layout, write each widget's box into the DOM so --dump-dom shows it.
        String probe = "<script>document.querySelectorAll('.widget').forEach(w=>{const r=w.getBoundingClientRect();"
                + "w.dataset.box=[Math.round(r.left),Math.round(r.top),Math.round(r.width),Math.round(r.height)].join(',')});</script>";
        Path page = Files.writeString(dir.resolve("preview.html"), html.replace("</body>", probe + "</body>"));

        String dom = HeadlessChromium.dumpDom(chromium, page, dir.resolve("profile"));
        Path screenshot = Path.of("target", "preview-screenshot.png");
        Files.createDirectories(screenshot.getParent());
        HeadlessChromium.screenshot(chromium, page, dir.resolve("profile"), screenshot.toAbsolutePath());

        Matcher boxes = Pattern.compile("data-type=\"(\\w+)\"[^>]*data-box=\"(\\d+),(\\d+),(\\d+),(\\d+)\"").matcher(dom);
        Map<String, int[]> byType = new LinkedHashMap<>();
        while (boxes.find()) {
            byType.put(boxes.group(1), new int[] {Integer.parseInt(boxes.group(2)), Integer.parseInt(boxes.group(3)),
                    Integer.parseInt(boxes.group(4)), Integer.parseInt(boxes.group(5))});
        }
        assertThat(byType).containsKeys("text", "metric", "alarm", "log");
        int[] text = byType.get("text");
        int[] metric = byType.get("metric");
        int[] alarm = byType.get("alarm");
        int[] log = byType.get("log");
        assertThat(metric[0]).isEqualTo(text[0]);
        assertThat(alarm[0]).isGreaterThan(metric[0] + metric[2] - 10);
        assertThat(alarm[1]).isEqualTo(metric[1]);
        assertThat(metric[2]).isBetween(text[2] / 2 - 10, text[2] / 2 + 10);
        assertThat(log[1]).isGreaterThan(metric[1] + metric[3] - 10);
        assertThat(dom).contains("<h3>Orders placed</h3>", "<polyline");
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }
}
