package dev.lambdaobs.dashboardgen.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaobs.dashboardgen.fakeaws.FakeAws;
import dev.lambdaobs.dashboardgen.fakeaws.FakeAwsServer;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

class ApplierTest {
    private final FakeAws aws = new FakeAws();
    private final CloudWatchClient cloudWatch = aws.clients().cloudWatch();
    private final CloudWatchLogsClient logs = aws.clients().logs();
    private final Applier applier = new Applier(cloudWatch, logs);

    @AfterEach
    void close() {
        cloudWatch.close();
        logs.close();
        aws.close();
    }

    static Path template() throws URISyntaxException {
        return Path.of(ApplierTest.class.getResource("/apply/standalone.template.json").toURI());
    }

    @Test
    void createsEverythingChildrenBeforeTheCompositesThatNameThem() throws Exception {
        ApplyReport report = applier.apply(DesiredState.read(template()), false);

        assertThat(report.failed()).isFalse();
        assertThat(aws.cloudWatch.metricAlarms).containsOnlyKeys("orders-createorder-errors", "orders-functions-error-rate");
        assertThat(aws.cloudWatch.compositeAlarms).containsOnlyKeys("orders-service-critical", "orders-service-root");
        assertThat(aws.cloudWatch.dashboards).containsOnlyKeys("orders-summary");
        assertThat(aws.logs.queryDefinitions.values()).extracting(d -> d.path("name").asText())
                .containsExactlyInAnyOrder("orders/errors", "orders/cold-starts");
        List<String> putOrder = aws.server.calls().stream().map(FakeAwsServer.Call::operation)
                .filter(op -> op.startsWith("Put")).toList();
        assertThat(putOrder).containsExactly("PutMetricAlarm", "PutMetricAlarm", "PutCompositeAlarm", "PutCompositeAlarm",
                "PutDashboard", "PutQueryDefinition", "PutQueryDefinition");
        assertThat(aws.cloudWatch.compositeAlarms.get("orders-service-critical").path("AlarmActions").get(0).asText())
                .isEqualTo("arn:aws:sns:us-east-1:123456789012:oncall");
        assertThat(aws.cloudWatch.metricAlarms.get("orders-functions-error-rate").path("Metrics")).hasSize(3);
        assertThat(report.renderOutcomes()).contains("created composite alarm orders-service-root", "7 put, 0 failed");
    }

    @Test
    void aSecondRunChangesNothing() throws Exception {
        applier.apply(DesiredState.read(template()), false);
        int callsAfterFirstRun = aws.server.calls().size();

        ApplyReport second = applier.apply(DesiredState.read(template()), false);

        assertThat(second.outcomes()).isEmpty();
        assertThat(second.changes()).allMatch(c -> c.action() == Change.Action.UNCHANGED);
        assertThat(aws.server.calls().subList(callsAfterFirstRun, aws.server.calls().size()))
                .noneMatch(call -> call.operation().startsWith("Put"));
        assertThat(aws.logs.queryDefinitions).hasSize(2);
    }

    @Test
    void dryRunShowsAReadableDiffAndPutsNothing(@TempDir Path dir) throws Exception {
        applier.apply(DesiredState.read(template()), false);
        String changed = Files.readString(template())
                .replace("\"Threshold\": 1,", "\"Threshold\": 3,")
                .replace("orders/cold-starts", "orders/cold-starts-by-function")
                .replace("# orders", "# orders service");
        Path edited = Files.writeString(dir.resolve("edited.template.json"), changed);
        int callsBefore = aws.server.calls().size();

        ApplyReport report = applier.apply(DesiredState.read(edited), true);
        String diff = Diff.render(report.changes());

        assertThat(aws.server.calls().subList(callsBefore, aws.server.calls().size()))
                .noneMatch(call -> call.operation().startsWith("Put"));
        assertThat(diff).contains("~ alarm orders-createorder-errors\n    Threshold: 1.0 -> 3.0\n");
        assertThat(diff).contains("+ query orders/cold-starts-by-function\n");
        assertThat(diff).contains("~ dashboard orders-summary\n    DashboardBody.widgets[0].properties.markdown: \"# orders\" -> \"# orders service\"\n");
        assertThat(diff).contains("1 to create, 2 to update, 4 unchanged");
    }

    @Test
    void throttledCallsAreRetriedWithBackoff() throws Exception {
        aws.cloudWatch.throttleNext(3);

        ApplyReport report = applier.apply(DesiredState.read(template()), false);

        assertThat(report.failed()).isFalse();
        assertThat(aws.server.calls("PutMetricAlarm")).hasSize(5);
        assertThat(aws.cloudWatch.metricAlarms).hasSize(2);
    }

    @Test
    void aFailedResourceIsReportedAndTheOthersAreStillPut(@TempDir Path dir) throws Exception {
        String broken = Files.readString(template()).replace("\"EvaluationPeriods\": 1,", "");
        Path file = Files.writeString(dir.resolve("broken.template.json"), broken);

        ApplyReport report = applier.apply(DesiredState.read(file), false);

        assertThat(report.failed()).isTrue();
        assertThat(report.renderOutcomes())
                .contains("FAILED  alarm orders-createorder-errors: MissingRequiredParameterException: The parameter EvaluationPeriods is required.")
                .contains("FAILED  composite alarm orders-service-critical: InvalidParameterValueException: Could not save the composite alarm")
                .contains("created dashboard orders-summary")
                .contains("4 put, 3 failed");
        assertThat(aws.cloudWatch.dashboards).containsKey("orders-summary");
    }

    @Test
    void dashboardValidationMessagesAreShown(@TempDir Path dir) throws Exception {
        String untitled = Files.readString(template()).replace("\\\"title\\\":\\\"Errors\\\",", "");
        Path file = Files.writeString(dir.resolve("untitled.template.json"), untitled);

        ApplyReport report = applier.apply(DesiredState.read(file), false);

        assertThat(report.renderOutcomes()).contains("created dashboard orders-summary\n    warning: /widgets/1: Widget has no title");
    }

    @Test
    void mergeModeOutputIsRejectedNamingTheResourceAndProperty(@TempDir Path dir) throws IOException {
        Path merged = Files.writeString(dir.resolve("merged.template.json"), """
                {"Resources": {"ErrorsAlarm": {"Type": "AWS::CloudWatch::Alarm", "Properties": {
                  "AlarmName": "a", "Dimensions": [{"Name": "FunctionName", "Value": {"Ref": "CreateOrder"}}]}}}}
                """);

        assertThatThrownBy(() -> DesiredState.read(merged)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("resource ErrorsAlarm: Dimensions[0].Value uses Ref")
                .hasMessageContaining("--mode standalone");
        assertThatThrownBy(() -> DesiredState.read(dir.resolve("missing.json"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("missing.json: no such file");
    }
}
