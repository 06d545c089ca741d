package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import dev.lambdaobs.dashboardgen.generate.QueryDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merge mode monitors resources created under a Condition: what refers to them carries the same condition (SAM
 * copies a function's condition onto the rules it generates), so the deploy succeeds whether it holds or not.
 */
class ConditionsTest {
    private static final CfnSchemas SCHEMAS = CfnSchemas.standard();

    @TempDir
    Path dir;

    private Path template() throws Exception {
        return Files.writeString(dir.resolve("cond.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  Extras: { Type: String, Default: "false" }
                Conditions:
                  WithExtras: !Equals [!Ref Extras, "true"]
                Resources:
                  Maybe:
                    Type: AWS::SQS::Queue
                    Condition: WithExtras
                  Always:
                    Type: AWS::SQS::Queue
                  Nightly:
                    Type: AWS::Serverless::Function
                    Condition: WithExtras
                    Properties:
                      Runtime: java21
                      Handler: a.B
                      CodeUri: .
                      Events:
                        Tick:
                          Type: Schedule
                          Properties: { Schedule: rate(1 day) }
                  Api:
                    Type: AWS::Serverless::Function
                    Properties: { Runtime: java21, Handler: a.C, CodeUri: . }
                """);
    }

    @Test
    void alarmsOfConditionalResourcesAndOfSamGeneratedOnesCarryTheCondition() throws Exception {
        GenerationResult result = TestSupport.generate(template(), null, Mode.MERGE, false);
        OutputChecks.checkAll(result, SCHEMAS);
        assertThat(result.alarms()).filteredOn(a -> a.resourceKey().equals("Maybe")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.toResource().path("Condition").asText()).isEqualTo("WithExtras"));
        // SAM's rule NightlyTick exists only with its function.
        assertThat(result.alarms()).filteredOn(a -> a.resourceKey().equals("NightlyTick")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.condition()).contains("WithExtras"));
        assertThat(result.alarms()).filteredOn(a -> a.resourceKey().equals("Always") || a.resourceKey().equals("Api"))
                .isNotEmpty().allSatisfy(a -> assertThat(a.toResource().has("Condition")).isFalse());
        // The service error rate of the conditional function is an alarm of its own under the condition.
        assertThat(result.alarms()).filteredOn(a -> a.ruleId().startsWith("ServiceErrorRate"))
                .extracting(a -> a.condition().orElse("-")).containsExactlyInAnyOrder("-", "WithExtras");
        assertThat(result.skipped()).noneMatch(s -> s.contains("Condition"));
    }

    @Test
    void compositesNameConditionalChildrenInsideFnIfAndDoNotDependOnThem() throws Exception {
        GenerationResult result = TestSupport.generate(template(), null, Mode.MERGE, false);
        AlarmDefinition critical = result.alarms().stream().filter(a -> a.ruleId().equals("Critical")).findFirst().orElseThrow();
        JsonNode rule = critical.properties().get("AlarmRule");
        assertThat(rule.has("Fn::Join")).isTrue();
        String text = rule.toString();
        AlarmDefinition nightlyErrors = result.alarms().stream().filter(a -> a.resourceKey().equals("Nightly")
                && a.ruleId().equals("Errors")).findFirst().orElseThrow();
        assertThat(text).contains("{\"Fn::If\":[\"WithExtras\",{\"Fn::Sub\":\"ALARM(\\\"${" + nightlyErrors.logicalId() + ".Arn}\\\") OR \"},\"\"]}")
                .endsWith("FALSE\"]]}");
        assertThat(critical.dependsOn()).doesNotContain(nightlyErrors.logicalId()).isNotEmpty();
        assertThat(critical.toResource().has("Condition")).isFalse();
    }

    @Test
    void widgetsAndQueriesNameAConditionalResourceOnlyWhenItExists() throws Exception {
        GenerationResult result = TestSupport.generate(template(), null, Mode.MERGE, false);
        String bodies = result.dashboards().stream().map(d -> d.cfnBody().toString()).reduce("", String::concat);
        assertThat(bodies).contains("{\"Fn::If\":[\"WithExtras\",{\"Fn::GetAtt\":[\"Maybe\",\"QueueName\"]},\"not-created\"]}")
                .contains("{\"Fn::If\":[\"WithExtras\",{\"Fn::Sub\":\"SOURCE '/aws/lambda/${Nightly}' | \"},\"\"]}");
        result.dashboards().forEach(d -> assertOnlyUnderCondition(d.cfnBody(), false));
        // The SQL query names its log groups in its text and leaves conditional ones out (QueryLanguageTest).
        for (QueryDefinition query : result.queries().stream().filter(q -> !q.query().language().namesLogGroupsInQuery()).toList()) {
            assertOnlyUnderCondition(query.toResource(), false);
            assertThat(query.toResource().path("Properties").path("LogGroupNames").toString())
                    .contains("{\"Fn::If\":[\"WithExtras\",{\"Fn::Sub\":\"/aws/lambda/${Nightly}\"},{\"Ref\":\"AWS::NoValue\"}]}")
                    .contains("\"/aws/lambda/${Api}\"");
        }
    }

    /** Every reference to a conditional resource (Ref, GetAtt, Sub variable) sits inside Fn::If on its condition. */
    private static void assertOnlyUnderCondition(JsonNode node, boolean guarded) {
        if (node.isTextual() && !guarded) {
            assertThat(node.asText()).doesNotContain("${Nightly", "${Maybe");
        } else if (node.isObject()) {
            if (!guarded) {
                assertThat(node.path("Ref").asText()).isNotIn("Nightly", "Maybe", "NightlyTick");
                assertThat(node.path("Fn::GetAtt").path(0).asText()).isNotIn("Nightly", "Maybe", "NightlyTick");
            }
            boolean inside = guarded || node.path("Fn::If").path(0).asText().equals("WithExtras");
            node.forEach(child -> assertOnlyUnderCondition(child, inside));
        } else if (node.isArray()) {
            node.forEach(child -> assertOnlyUnderCondition(child, guarded));
        }
    }

    @Test
    void standaloneModeMonitorsConditionalResourcesByPhysicalNameWithoutConditions() throws Exception {
        Path config = Files.writeString(dir.resolve("names.yaml"), "resources:\n  Maybe: { physicalName: maybe-q }\n"
                + "  Always: { physicalName: always-q }\n");
        GenerationResult standalone = TestSupport.generate(template(), Files.readString(config), Mode.STANDALONE, false);
        assertThat(standalone.alarms()).extracting(AlarmDefinition::resourceKey).contains("Maybe", "Always");
        assertThat(standalone.alarms()).allSatisfy(a -> assertThat(a.condition()).isEmpty());
    }
}
