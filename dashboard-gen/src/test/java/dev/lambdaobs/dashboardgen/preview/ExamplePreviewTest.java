package dev.lambdaobs.dashboardgen.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example service's preview, as the main job makes it: generate on {@code examples/template.yaml},
 * then preview with a real local run's files ({@code src/test/resources/preview/example-run}: the
 * logs.jsonl and invocations.jsonl of one run of {@code examples/run-local.sh}). Which widgets have
 * local data is worked out here from the dashboards and the run, not from the page.
 */
class ExamplePreviewTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RUN = Path.of("src/test/resources/preview/example-run");
    /** Namespaces the run has data for: Lambda and API Gateway derived from invocations, the service's EMF namespace. */
    private static final Set<String> LOCAL_NAMESPACES = Set.of("AWS/Lambda", "AWS/ApiGateway", "LambdaObsExample");
    private static final Set<String> LAMBDA_DERIVED = Set.of("Invocations", "Errors", "Duration", "Throttles", "ConcurrentExecutions");

    @TempDir
    static Path dir;
    static Path page;
    static String html;

    @BeforeAll
    static void generateAndPreview() throws Exception {
        Path out = dir.resolve("observability");
        assertThat(Main.run("generate", "--template", Path.of("../examples/template.yaml").toString(), "--out", out.toString()))
                .isZero();
        page = dir.resolve("preview.html");
        assertThat(Main.run("preview", "--dashboards", out.resolve("orders/dashboards").toString(), "--emf",
                RUN.resolve("logs.jsonl").toString(), "--invocations", RUN.resolve("invocations.jsonl").toString(), "--logs",
                RUN.resolve("logs.jsonl").toString(), "--region", "eu-west-1", "--html", page.toString())).isZero();
        html = Files.readString(page);
    }

    @Test
    void thePageIsWrittenWithTheSamePermissionsAsAnyOtherFileNotAsAPrivateTemporaryFile() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThat(Files.getPosixFilePermissions(page)).isEqualTo(Files.getPosixFilePermissions(plain));
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void thePaymentErrorFiresItsAlarmAndTheCriticalCompositeAndNothingElse() throws Exception {
        Map<String, String> states = new LinkedHashMap<>();
        Matcher verdict = Pattern.compile("<tr class=\"verdict\" data-alarm=\"([^\"]+)\" data-state=\"([A-Z_ ]+)\"").matcher(html);
        while (verdict.find()) {
            states.put(verdict.group(1), verdict.group(2));
        }
        JsonNode alarms = JSON.readTree(dir.resolve("observability/orders/alarms.json").toFile());
        assertThat(states).hasSize(alarms.size());
        assertThat(states).containsEntry("orders-ProcessPaymentFunction-Errors", "ALARM").containsEntry("orders-Critical", "ALARM");
        states.remove("orders-ProcessPaymentFunction-Errors");
        states.remove("orders-Critical");
        // Alarms on DynamoDB's metrics always ignore missing data (PutMetricAlarm): the run has none, so they stay
        // where a new alarm starts; every other one is OK.
        for (JsonNode alarm : alarms) {
            String name = alarm.path("name").asText().replace("${AWS::StackName}", "orders");
            if (alarm.path("properties").findValuesAsText("Namespace").contains("AWS/DynamoDB")) {
                assertThat(states.remove(name)).as(name).isEqualTo("INSUFFICIENT_DATA");
            }
        }
        assertThat(states).hasSizeGreaterThan(40).allSatisfy((name, state) -> assertThat(state).as(name).isEqualTo("OK"));
    }

    @Test
    void chromiumShowsEveryWidgetWithLocalDataAsAChartWithNoErrorAndNoRequest() throws Exception {
        Path chromium = HeadlessChromium.find().orElse(null);
        Assumptions.assumeTrue(chromium != null, "Debian's chromium is not installed (apt-get install -y chromium)");
        HeadlessChromium.PageLoad load = HeadlessChromium.load(chromium, page, dir);
        Path screenshot = Path.of("target", "preview-example.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        HeadlessChromium.screenshot(chromium, page, dir.resolve("profile-shot"), screenshot, 1520, 2400);

        assertThat(load.consoleMessages()).isEmpty();
        assertThat(load.pageRequests()).isEmpty();
        int withData = 0;
        for (Path file : Files.list(dir.resolve("observability/orders/dashboards")).toList()) {
            for (JsonNode widget : JSON.readTree(file.toFile()).path("widgets")) {
                if (!widget.path("type").asText().equals("metric")) {
                    continue;
                }
                String title = widget.path("properties").path("title").asText();
                String shown = PreviewPageTest.widget(load.dom(), title.replace("&", "&amp;"));
                if (hasLocalData(widget.path("properties").path("metrics"))) {
                    withData++;
                    // visible: a line through two datapoints or more, or a marker
                    assertThat(shown).as(title).contains("<svg class=\"chart\"").containsPattern(
                            "<polyline class=\"series\" stroke=\"#[0-9a-f]{6}\" points=\"\\d+,\\d+ \\d+,\\d+|<circle class=\"point\"");
                } else {
                    assertThat(shown).as(title).contains("No local data for this graph").doesNotContain("<polyline");
                }
            }
        }
        assertThat(withData).isGreaterThan(20);
        assertThat(load.dom()).contains("<h2>Lambda functions (5)</h2>", "<h1>orders</h1>",
                        "href=\"https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1")
                .doesNotContain("## Lambda functions", "${AWS::Region}");
        assertThat(load.dom()).contains("<span class=\"state alarm\">ALARM</span> orders-ProcessPaymentFunction-Errors");
        // the business metrics' SEARCH by service finds every metric the run emitted, each labelled by its name
        assertThat(PreviewPageTest.widget(load.dom(), "All EMF metrics, Sum (LambdaObsExample, orders)"))
                .contains("OrdersPlaced</li>", "Revenue</li>", "OrdersShipped</li>").doesNotContain("PROP(", "No local data");
        assertThat(PreviewPageTest.widget(load.dom(), "Recent errors with their request, trace and correlation ids"))
                .contains("approximate", "declined");
        assertThat(Files.size(screenshot)).isGreaterThan(50_000);
    }

    /** Whether a widget's metrics name a metric the local run has: a namespace with local data, and for EMF a metric it emitted. */
    private static boolean hasLocalData(JsonNode metrics) throws Exception {
        String logs = Files.readString(RUN.resolve("logs.jsonl"));
        for (JsonNode row : metrics) {
            JsonNode first = row.path(0);
            // Of Lambda's metrics the preview derives only the invocation ones from the run (not AsyncEventAge, the
            // event source mapping counts or ClaimedAccountConcurrency).
            boolean derived = !first.asText().equals("AWS/Lambda") || LAMBDA_DERIVED.contains(row.path(1).asText());
            if (first.isTextual() && LOCAL_NAMESPACES.contains(first.asText()) && derived) {
                return true;
            }
            // a SEARCH finds local data when its namespace has some and the run's EMF lines hold each other term's value
            Matcher term = Pattern.compile("(\\w+)=\\\\?\"([^\"\\\\]+)").matcher(first.path("expression").asText());
            boolean found = false;
            boolean all = true;
            while (term.find()) {
                found = true;
                String name = term.group(1);
                String value = term.group(2);
                all &= name.equals("Namespace") ? LOCAL_NAMESPACES.contains(value)
                        : logs.contains("\"" + (name.equals("MetricName") ? "Name" : name) + "\":\"" + value + "\"");
            }
            if (found && all) {
                return true;
            }
        }
        return false;
    }
}
