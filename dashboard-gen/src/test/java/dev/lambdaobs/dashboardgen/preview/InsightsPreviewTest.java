package dev.lambdaobs.dashboardgen.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example service generated with {@code --alarm-style insights} and previewed with the same local run as
 * {@link ExamplePreviewTest}: its Metrics Insights alarms (one query over the five functions, GROUP BY
 * FunctionName) are evaluated on the local data, so the payment function's error puts the Errors alarm and the
 * critical composite in ALARM, naming the contributor.
 */
class InsightsPreviewTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RUN = Path.of("src/test/resources/preview/example-run");
    private static final String ERRORS = "orders-Lambda-Errors-Insights1";

    @Test
    void theInsightsErrorsAlarmGoesToAlarmOnThePaymentFunctionsError(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("observability");
        assertThat(Main.run("generate", "--template", Path.of("../examples/template.yaml").toString(), "--alarm-style", "insights",
                "--out", out.toString())).isZero();
        Path page = dir.resolve("preview.html");
        assertThat(Main.run("preview", "--dashboards", out.resolve("orders/dashboards").toString(), "--invocations",
                RUN.resolve("invocations.jsonl").toString(), "--emf", RUN.resolve("logs.jsonl").toString(), "--logs",
                RUN.resolve("logs.jsonl").toString(), "--html",
                page.toString())).isZero();
        String html = Files.readString(page);
        JsonNode alarms = JSON.readTree(out.resolve("orders/alarms.json").toFile());
        long insights = 0;
        for (JsonNode alarm : alarms) {
            insights += alarm.path("properties").path("Metrics").toString().contains("SELECT ") ? 1 : 0;
        }
        assertThat(insights).as("Metrics Insights alarms generated (Errors, ConcurrentExecutions, RecursiveInvocationsDropped)").isEqualTo(3);

        Map<String, String> states = new LinkedHashMap<>();
        Matcher verdict = Pattern.compile("<tr class=\"verdict\" data-alarm=\"([^\"]+)\" data-state=\"([A-Z_ ]+)\"").matcher(html);
        while (verdict.find()) {
            states.put(verdict.group(1), verdict.group(2));
        }
        assertThat(states).hasSize(alarms.size()).containsEntry(ERRORS, "ALARM").containsEntry("orders-Critical", "ALARM")
                .doesNotContainValue("NOT EVALUATED");
        assertThat(html).contains("1 out of 5 time series evaluated to ALARM (FunctionName=lambdaobs-example-ProcessPaymentFunction)");
        states.remove(ERRORS);
        states.remove("orders-Critical");
        for (JsonNode alarm : alarms) {
            String name = alarm.path("name").asText().replace("${AWS::StackName}", "orders");
            if (alarm.path("properties").toString().contains("AWS/DynamoDB")) {
                assertThat(states.remove(name)).as(name).isEqualTo("INSUFFICIENT_DATA");
            }
        }
        assertThat(states).hasSizeGreaterThan(25).allSatisfy((name, state) -> assertThat(state).as(name).isEqualTo("OK"));

        Path chromium = HeadlessChromium.find().orElse(null);
        Assumptions.assumeTrue(chromium != null, "Debian's chromium is not installed (apt-get install -y chromium)");
        HeadlessChromium.PageLoad load = HeadlessChromium.load(chromium, page, Files.createDirectories(dir.resolve("load")));
        assertThat(load.consoleMessages()).isEmpty();
        assertThat(load.pageRequests()).isEmpty();
        assertThat(load.dom()).contains("<span class=\"state alarm\">ALARM</span> " + ERRORS);
    }
}
