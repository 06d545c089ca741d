package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import dev.lambdaobs.dashboardgen.output.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 point 1: asynchronous invocation, recursion and account concurrency alarms, and event source mappings whose
 * MetricsConfig merge mode turns on (reported as a change) so their failed and dropped events are alarmed.
 */
class LambdaSignalsTest {
    static final Path TEMPLATE = TestSupport.resource("signals/signals.yaml");
    static final String CONFIG = "asyncInvokedFunctions: [ReportFunction]\nlambdaConcurrencyQuota: 2000\n";

    @Test
    void asyncAlarmsGoToFunctionsInvokedAsynchronouslyAndRecursionAlarmsToEveryFunction() {
        GenerationResult result = TestSupport.generate(TEMPLATE, CONFIG, Mode.MERGE, false);
        // S3 event, the config's list, an SNS subscription, an EventInvokeConfig; QuietFunction has none.
        for (String async : List.of("UploadsFunction", "ReportFunction", "NotifyFunction", "StreamFunction")) {
            assertThat(TestSupport.ruleIds(result, async)).as(async).contains("AsyncEventAge", "AsyncEventsDropped",
                    "RecursiveInvocationsDropped");
        }
        assertThat(TestSupport.ruleIds(result, "QuietFunction")).contains("RecursiveInvocationsDropped")
                .doesNotContain("AsyncEventAge", "AsyncEventsDropped", "Invocations");
        AlarmDefinition age = alarm(result, "UploadsFunction", "AsyncEventAge");
        assertThat(age.properties().path("MetricName").asText()).isEqualTo("AsyncEventAge");
        assertThat(age.properties().path("Statistic").asText()).isEqualTo("Maximum");
        assertThat(alarm(result, "UploadsFunction", "AsyncEventsDropped").severity().key()).isEqualTo("critical");
    }

    @Test
    void oneClaimedAccountConcurrencyAlarmAtNinetyPercentOfTheQuota() {
        GenerationResult result = TestSupport.generate(TEMPLATE, CONFIG, Mode.MERGE, false);
        List<AlarmDefinition> claimed = result.alarms().stream().filter(a -> a.ruleId().equals("ClaimedAccountConcurrency")).toList();
        assertThat(claimed).hasSize(1);
        JsonNode properties = claimed.get(0).properties();
        assertThat(properties.path("Namespace").asText()).isEqualTo("AWS/Lambda");
        assertThat(properties.path("Dimensions")).isEmpty();
        assertThat(properties.path("Threshold").asDouble()).isEqualTo(1800);
    }

    @Test
    void mergeModeTurnsOnEventCountMetricsAndAlarmsFailedAndDroppedEventsByMappingUuid() {
        GenerationResult result = TestSupport.generate(TEMPLATE, CONFIG, Mode.MERGE, false);
        JsonNode sqsEvent = TestSupport.outputResource(result, "UploadsFunction").path("Properties").path("Events").path("Work");
        assertThat(sqsEvent.path("Properties").path("MetricsConfig").path("Metrics").toString()).isEqualTo("[\"EventCount\"]");
        assertThat(TestSupport.outputResource(result, "TableMapping").path("Properties").path("MetricsConfig").path("Metrics").toString())
                .isEqualTo("[\"EventCount\"]");
        assertThat(TestSupport.outputResource(result, "StreamMapping").path("Properties").path("MetricsConfig").path("Metrics").toString())
                .isEqualTo("[\"EventCount\"]");
        for (String mapping : List.of("UploadsFunctionWork", "StreamMapping", "TableMapping")) {
            assertThat(TestSupport.ruleIds(result, mapping)).as(mapping).containsExactly("DroppedEventCount", "FailedInvokeEventCount");
            JsonNode dimension = alarm(result, mapping, "DroppedEventCount").properties().path("Dimensions").get(0);
            assertThat(dimension.path("Name").asText()).isEqualTo("EventSourceMappingUUID");
            assertThat(dimension.path("Value").path("Ref").asText()).isEqualTo(mapping);
        }
        assertThat(TestSupport.ruleIds(result, "BrokerMapping")).isEmpty();
        assertThat(result.skipped()).anyMatch(s -> s.contains("BrokerMapping") && s.contains("Amazon MQ"));
        String summary = Summary.of(result);
        assertThat(summary).contains("Changes to your resources (2)").contains("event Work: turned on MetricsConfig EventCount")
                .contains("(resource TableMapping): turned on MetricsConfig EventCount").doesNotContain("(resource StreamMapping): turned");
    }

    @Test
    void theSwitchAndStandaloneModeLeaveTheTemplateAloneAndAlarmOnlyMappingsThatPublish() {
        GenerationResult off = TestSupport.generate(TEMPLATE, CONFIG + "eventSourceMappingMetrics: false\n", Mode.MERGE, false);
        assertThat(TestSupport.outputResource(off, "TableMapping").path("Properties").has("MetricsConfig")).isFalse();
        assertThat(TestSupport.outputResource(off, "UploadsFunction").path("Properties").path("Events").path("Work")
                .path("Properties").has("MetricsConfig")).isFalse();
        assertThat(TestSupport.ruleIds(off, "StreamMapping")).contains("DroppedEventCount");
        assertThat(TestSupport.ruleIds(off, "TableMapping")).isEmpty();
        assertThat(off.skipped()).anyMatch(s -> s.contains("TableMapping") && s.contains("eventSourceMappingMetrics"));
        assertThat(off.guardrails().changes()).noneMatch(c -> c.contains("MetricsConfig"));

        GenerationResult standalone = TestSupport.generate(TEMPLATE, CONFIG, Mode.STANDALONE, false);
        assertThat(standalone.template().path("Resources").has("TableMapping")).isFalse();
        assertThat(standalone.guardrails().changes()).noneMatch(c -> c.contains("MetricsConfig"));
    }

    @Test
    void aReRunOverItsOwnOutputChangesNothingMore() throws Exception {
        GenerationResult first = TestSupport.generate(TEMPLATE, CONFIG, Mode.MERGE, false);
        Path output = Files.createTempFile("signals-output", ".json");
        new com.fasterxml.jackson.databind.ObjectMapper().writeValue(output.toFile(), first.template());
        GenerationResult again = TestSupport.generate(output, CONFIG, Mode.MERGE, false);
        assertThat(again.guardrails().changes()).noneMatch(c -> c.contains("MetricsConfig"));
        assertThat(TestSupport.outputResource(again, "TableMapping").path("Properties").path("MetricsConfig"))
                .isEqualTo(TestSupport.outputResource(first, "TableMapping").path("Properties").path("MetricsConfig"));
        assertThat(TestSupport.outputResource(again, "UploadsFunction").path("Properties").path("Events"))
                .isEqualTo(TestSupport.outputResource(first, "UploadsFunction").path("Properties").path("Events"));
        assertThat(TestSupport.ruleIds(again, "TableMapping")).containsExactly("DroppedEventCount", "FailedInvokeEventCount");
    }

    @Test
    void everyNewAndChangedResourceValidatesAgainstItsRegistrySchema() {
        CfnSchemas schemas = CfnSchemas.standard();
        GenerationResult result = TestSupport.generate(TEMPLATE, AnomalyAndBusinessTest.config(), Mode.MERGE, false);
        OutputChecks.checkAll(result, schemas);
        OutputChecks.checkChangedResources(result, List.of(TEMPLATE), schemas);
        assertThat(schemas.problems("AWS::Lambda::EventSourceMapping", TestSupport.outputResource(result, "TableMapping")
                .path("Properties"))).isEmpty();
    }

    static AlarmDefinition alarm(GenerationResult result, String resourceKey, String ruleId) {
        return result.alarms().stream().filter(a -> a.resourceKey().equals(resourceKey) && a.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no alarm " + resourceKey + " " + ruleId));
    }
}
