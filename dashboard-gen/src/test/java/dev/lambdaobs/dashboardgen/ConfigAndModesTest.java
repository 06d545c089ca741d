package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationRequest;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigAndModesTest {
    @TempDir
    Path dir;

    @Test
    void configRoutesSeveritiesOverridesThresholdsAndDisablesAlarms() throws Exception {
        Path config = Files.writeString(dir.resolve("c.yaml"), """
                service: orders
                runbook: https://runbooks.example.com/orders
                alarmActions:
                  critical: [arn:aws:sns:eu-west-1:123456789012:pager]
                  warning: arn:aws:sns:eu-west-1:123456789012:chat
                defaults:
                  sqs:
                    OldestMessageAge: { threshold: 120 }
                resources:
                  WorkDlq:
                    alarms:
                      DeadLetterMessages: { severity: warning, actions: [arn:aws:sns:eu-west-1:123456789012:dlq-owner] }
                actionsSuppressor: { alarm: orders-deploying, extensionPeriodSeconds: 300 }
                """);
        GenerationResult result = generate(TestSupport.resource("golden/sqs.yaml"), config, Mode.MERGE);
        AlarmDefinition age = alarm(result, "OldestMessageAge");
        assertThat(age.properties().get("Threshold").asDouble()).isEqualTo(120);
        // One incident pages once: only the composite has the severity's actions; a child only what the config gives it.
        assertThat(age.properties().has("AlarmActions")).isFalse();
        assertThat(alarm(result, "DeadLetterMessages").properties().get("AlarmActions").toString()).contains(":dlq-owner");
        assertThat(age.properties().get("AlarmDescription").asText()).contains("Runbook: https://runbooks.example.com/orders");
        assertThat(alarm(result, "DeadLetterMessages").severity().key()).isEqualTo("warning");
        // Every alarm is a warning here: no critical aggregate, one warning aggregate with the warning actions.
        assertThat(result.alarms()).filteredOn(a -> a.type().equals(AlarmDefinition.COMPOSITE_ALARM))
                .singleElement().satisfies(composite -> {
                    assertThat(composite.ruleId()).isEqualTo("Warning");
                    assertThat(composite.properties().get("AlarmActions").get(0).asText()).endsWith(":chat");
                    assertThat(composite.properties().get("ActionsSuppressor").asText()).isEqualTo("orders-deploying");
                    assertThat(composite.properties().get("ActionsSuppressorWaitPeriod").asInt()).isEqualTo(60);
                    assertThat(composite.properties().get("ActionsSuppressorExtensionPeriod").asInt()).isEqualTo(300);
                });
    }

    @Test
    void metadataDisablesAResourceAndStandaloneUsesPhysicalNames() throws Exception {
        Path template = Files.writeString(dir.resolve("t.yaml"), """
                Resources:
                  Quiet:
                    Type: AWS::SNS::Topic
                    Metadata:
                      lambdaobs: { disabled: true }
                  Work:
                    Type: AWS::SQS::Queue
                """);
        Path config = Files.writeString(dir.resolve("c.yaml"), "resources:\n  Work: { physicalName: work-prod }\n");
        GenerationResult result = generate(template, config, Mode.STANDALONE);
        assertThat(result.monitored()).extracting(r -> r.key()).containsExactly("Work");
        JsonNode dimension = alarm(result, "OldestMessageAge").properties().get("Dimensions").get(0);
        assertThat(dimension.get("Value").asText()).isEqualTo("work-prod");
        assertThat(result.template().get("Resources").has("Work")).isFalse();
        assertThat(result.skipped()).anyMatch(s -> s.startsWith("Quiet: disabled"));
    }

    @Test
    void mergeModeKeepsTheInputAndTheSamTransform() {
        GenerationResult result = TestSupport.generate(TestSupport.resource("golden/lambda.yaml"));
        assertThat(result.template().get("Transform").asText()).isEqualTo("AWS::Serverless-2016-10-31");
        assertThat(result.template().get("Resources").has("OrdersFunction")).isTrue();
    }

    @Test
    void namesAndIdsDoNotDependOnInputOrder() throws Exception {
        Path a = Files.writeString(dir.resolve("a.yaml"), "Resources:\n  B: { Type: AWS::SNS::Topic }\n  A: { Type: AWS::SNS::Topic }\n");
        Path b = Files.writeString(dir.resolve("b.yaml"), "Resources:\n  A: { Type: AWS::SNS::Topic }\n  B: { Type: AWS::SNS::Topic }\n");
        assertThat(generate(a, null, Mode.MERGE).alarms()).extracting(AlarmDefinition::logicalId)
                .isEqualTo(generate(b, null, Mode.MERGE).alarms().stream().map(AlarmDefinition::logicalId).toList());
    }

    @Test
    void aStageNamedByAParameterIsMonitoredWithTheRefInMergeModeAndAsksForItsValueInStandalone() throws Exception {
        Path template = Files.writeString(dir.resolve("api.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  Stage: { Type: String, Default: prod }
                Resources:
                  OrdersApi:
                    Type: AWS::Serverless::Api
                    Properties:
                      Name: orders-api
                      StageName: !Ref Stage
                """);

        GenerationResult merged = generate(template, null, Mode.MERGE);
        JsonNode dimensions = alarm(merged, "5XXErrorRate").properties().findValue("Dimensions");
        assertThat(dimensions.toString()).contains("{\"Name\":\"Stage\",\"Value\":{\"Ref\":\"Stage\"}}");
        assertThat(merged.skipped()).noneMatch(s -> s.contains("OrdersApi"));

        GenerationResult standalone = generate(template, null, Mode.STANDALONE);
        assertThat(standalone.skipped()).anyMatch(s -> s.contains("OrdersApi") && s.contains("resources.OrdersApi.dimensions.Stage"));
    }

    private static AlarmDefinition alarm(GenerationResult result, String rule) {
        return result.alarms().stream().filter(a -> a.ruleId().equals(rule)).findFirst().orElseThrow();
    }

    private static GenerationResult generate(Path template, Path config, Mode mode) {
        return TestSupport.GENERATOR.generate(new GenerationRequest(List.of(template), Optional.ofNullable(config),
                Optional.of("svc"), mode));
    }
}
