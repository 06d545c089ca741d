package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.cli.Main;
import dev.lambdaobs.dashboardgen.fakeaws.FakeAws;
import dev.lambdaobs.dashboardgen.fakeaws.FakeLiveTail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS commands end to end, as ops would run them: generate a standalone stack from a real
 * template, apply it to CloudWatch (a loopback stand-in speaking the real wire protocols), run it
 * again, look at the diff, discover physical names, query, preview.
 */
class AwsCommandsCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final FakeAws aws = new FakeAws();

    @AfterEach
    void stopFakeAws() {
        aws.close();
    }

    private Path standaloneTemplate() throws Exception {
        Path config = Files.writeString(dir.resolve("monitoring.yaml"), """
                service: orders
                resources:
                  OrdersFunction: { physicalName: orders-prod-fn }
                  OrdersDlq: { physicalName: orders-prod-dlq }
                  OrdersStream: { physicalName: orders-prod-stream }
                """);
        assertThat(Main.run("generate", "--template", TestSupport.resource("golden/lambda.yaml").toString(), "--config",
                config.toString(), "--mode", "standalone", "--out", dir.resolve("out").toString())).isZero();
        return dir.resolve("out/orders.template.json");
    }

    private int run(String... args) {
        console.reset();
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--region", "eu-west-1", "--endpoint-url", aws.server.endpoint().toString()));
        return Main.run(all.toArray(String[]::new));
    }

    private String stdout() {
        return console.out();
    }

    @Test
    void applyPutsTheGeneratedStackThenASecondRunChangesNothing() throws Exception {
        Path template = standaloneTemplate();

        assertThat(run("apply", "--template", template.toString())).isZero();
        assertThat(stdout()).contains("0 failed");
        assertThat(aws.cloudWatch.metricAlarms).hasSizeGreaterThan(5);
        assertThat(aws.cloudWatch.compositeAlarms).isNotEmpty();
        assertThat(aws.cloudWatch.dashboards).containsKeys("orders-summary", "orders-details");
        assertThat(aws.cloudWatch.dashboards.get("orders-summary").path("DashboardBody").asText())
                .contains("https://eu-west-1.console.aws.amazon.com").doesNotContain("${AWS::Region}");
        assertThat(aws.logs.queryDefinitions.values()).filteredOn(q -> q.path("queryLanguage").asText().equals("CWLI")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.path("logGroupNames").get(0).asText()).isEqualTo("/aws/lambda/orders-prod-fn"));
        assertThat(aws.logs.queryDefinitions.values()).filteredOn(q -> q.path("queryLanguage").asText().equals("SQL")).singleElement()
                .satisfies(q -> {
                    assertThat(q.has("logGroupNames")).isFalse();
                    assertThat(q.path("queryString").asText()).contains("`logGroups(logGroupIdentifier: ['/aws/lambda/orders-prod-fn'])`");
                });
        int puts = aws.server.calls().size();

        assertThat(run("apply", "--template", template.toString())).isZero();
        assertThat(stdout()).contains("0 to create, 0 to update").contains("0 put, 0 failed");
        assertThat(aws.server.calls().subList(puts, aws.server.calls().size()))
                .noneMatch(call -> call.operation().startsWith("Put"));
    }

    @Test
    void dryRunPrintsTheDiffAndAPartialFailureExitsThree() throws Exception {
        Path template = standaloneTemplate();
        assertThat(run("apply", "--template", template.toString(), "--dry-run")).isZero();
        assertThat(stdout()).contains("+ alarm ", "+ dashboard orders-summary", "+ query orders/errors", "0 unchanged");
        assertThat(aws.cloudWatch.metricAlarms).isEmpty();

        String broken = Files.readString(template).replaceFirst("\"EvaluationPeriods\" : \\d+,", "");
        Path brokenTemplate = Files.writeString(dir.resolve("broken.json"), broken);
        assertThat(run("apply", "--template", brokenTemplate.toString())).isEqualTo(3);
        assertThat(stdout()).contains("FAILED  alarm ", "MissingRequiredParameterException");
    }

    @Test
    void mergeModeOutputIsBadInputForApply() throws Exception {
        assertThat(Main.run("generate", "--template", TestSupport.resource("golden/lambda.yaml").toString(), "--service",
                "orders", "--out", dir.resolve("merged").toString())).isZero();

        assertThat(run("apply", "--template", dir.resolve("merged/orders.template.json").toString())).isEqualTo(2);
        assertThat(console.err()).contains("--mode standalone");
    }

    @Test
    void discoverWritesAConfigThatGenerateReads() throws Exception {
        aws.server.onQuery("ListStackResources", params -> "<StackResourceSummaries>"
                + "<member><LogicalResourceId>OrdersFunction</LogicalResourceId><PhysicalResourceId>orders-prod-fn"
                + "</PhysicalResourceId><ResourceType>AWS::Lambda::Function</ResourceType></member>"
                + "<member><LogicalResourceId>OrdersDlq</LogicalResourceId><PhysicalResourceId>"
                + "https://sqs.eu-west-1.amazonaws.com/123456789012/orders-prod-dlq</PhysicalResourceId>"
                + "<ResourceType>AWS::SQS::Queue</ResourceType></member>"
                + "<member><LogicalResourceId>OrdersStream</LogicalResourceId><PhysicalResourceId>orders-prod-stream"
                + "</PhysicalResourceId><ResourceType>AWS::Kinesis::Stream</ResourceType></member></StackResourceSummaries>");
        Path config = dir.resolve("discovered.yaml");

        assertThat(run("discover", "--stack", "orders-prod", "--service", "orders", "--out", config.toString())).isZero();
        assertThat(stdout()).contains("3 resources found, 3 physical names written");

        console.reset();
        assertThat(Main.run("generate", "--template", TestSupport.resource("golden/lambda.yaml").toString(), "--config",
                config.toString(), "--mode", "standalone", "--out", dir.resolve("out").toString())).isZero();
        assertThat(Files.readString(dir.resolve("out/orders.template.json")))
                .contains("\"orders-prod-dlq\"", "\"orders-prod-fn\"", "\"orders-prod-stream\"");
    }

    @Test
    void queryShortcutsAndSavedQueriesRunOverTheServicesLogGroups() throws Exception {
        Path template = standaloneTemplate();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("@timestamp", "2026-11-21 10:00:00.000");
        row.put("function_request_id", "req-1");
        row.put("message", "payment declined");
        aws.logs.answerQueriesWith(List.of(row), 0);

        assertThat(run("query", "--template", template.toString(), "--request-id", "req-1")).isZero();
        assertThat(stdout()).contains("function_request_id", "payment declined");
        assertThat(run("query", "--template", template.toString(), "--correlation-id", "order-7", "--json")).isZero();
        assertThat(stdout()).contains("\"message\" : \"payment declined\"");
        assertThat(run("query", "--template", template.toString(), "--trace-id", "1-abc", "--since", "30m")).isZero();
        assertThat(run("query", "--template", template.toString(), "--saved", "errors")).isZero();

        List<String> queries = aws.logs.startedQueries.stream().map(q -> q.path("queryString").asText()).toList();
        assertThat(queries.get(0)).contains("function_request_id = \"req-1\"");
        assertThat(queries.get(1)).contains("correlation_id = \"order-7\"");
        assertThat(queries.get(2)).contains("xray_trace_id = \"1-abc\"");
        assertThat(queries.get(3)).contains("filter (level = \"ERROR\"", "and not ispresent(_aws.Timestamp)");
        assertThat(aws.logs.startedQueries).allSatisfy(q ->
                assertThat(q.path("logGroupNames").get(0).asText()).isEqualTo("/aws/lambda/orders-prod-fn"));
        long window = aws.logs.startedQueries.get(2).path("endTime").asLong() - aws.logs.startedQueries.get(2).path("startTime").asLong();
        assertThat(window).isEqualTo(30 * 60);

        assertThat(run("query", "--template", template.toString(), "--saved", "nope")).isEqualTo(2);
        assertThat(console.err()).contains("--saved nope: no such saved query", "orders/errors");
        assertThat(run("query", "--template", template.toString(), "--request-id", "x", "--since", "soon")).isEqualTo(2);
    }

    @Test
    void aSavedSqlQueryRunsAsSqlWithItsLogGroupsInTheQuery() throws Exception {
        Path template = standaloneTemplate();
        aws.logs.answerQueriesWith(List.of(Map.of("report", "REPORT RequestId: req-1 Duration: 12.3 ms")), 0);

        assertThat(run("query", "--template", template.toString(), "--saved", "errors-with-reports")).isZero();

        assertThat(stdout()).contains("REPORT RequestId: req-1");
        JsonNode started = aws.logs.startedQueries.get(0);
        assertThat(started.path("queryLanguage").asText()).isEqualTo("SQL");
        assertThat(started.has("logGroupNames")).isFalse();
        assertThat(started.path("queryString").asText()).contains("INNER JOIN `logGroups(logGroupIdentifier: ['/aws/lambda/orders-prod-fn'])`");
    }

    @Test
    void aSavedSqlQueryOfAMergedTemplateSaysWhyItCannotRunFromTheTerminal() throws Exception {
        assertThat(Main.run("generate", "--template", TestSupport.resource("golden/lambda.yaml").toString(), "--service",
                "orders", "--out", dir.resolve("merged").toString())).isZero();

        assertThat(run("query", "--template", dir.resolve("merged/orders.template.json").toString(), "--saved",
                "errors-with-reports")).isEqualTo(2);

        assertThat(console.err()).contains("--saved errors-with-reports", "only a deploy resolves", "--mode standalone");
        assertThat(aws.logs.startedQueries).isEmpty();
    }

    @Test
    void tailStreamsTheLogGroupsQueryReads() throws Exception {
        Path template = standaloneTemplate();
        FakeLiveTail liveTail = new FakeLiveTail(aws.server).answerWith(List.of(TailCliTest.ERROR_LINE));

        assertThat(run("tail", "--template", template.toString(), "--level", "WARN", "--max-events", "1")).isZero();

        assertThat(stdout()).contains("ERROR  orders-fn  req-1  payment declined  PaymentDeclinedException");
        assertThat(liveTail.sessions().get(0).path("logGroupIdentifiers").get(0).asText())
                .isEqualTo("arn:aws:logs:eu-west-1:" + FakeAws.ACCOUNT + ":log-group:/aws/lambda/orders-prod-fn");
    }

    @Test
    void previewRendersTheGeneratedDashboards() throws Exception {
        standaloneTemplate();
        Path html = dir.resolve("preview.html");

        assertThat(Main.run("preview", "--dashboards", dir.resolve("out/orders/dashboards").toString(), "--html",
                html.toString())).isZero();

        assertThat(Files.readString(html)).contains("orders-summary", "orders-details", "data-type=\"metric\"",
                "data-type=\"log\"", "data-type=\"alarm\"");
    }
}
