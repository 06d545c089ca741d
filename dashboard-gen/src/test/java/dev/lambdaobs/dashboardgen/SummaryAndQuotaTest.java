package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import dev.lambdaobs.dashboardgen.output.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrency thresholds from the configured quota; an honest, bounded summary; no queries without log groups. */
class SummaryAndQuotaTest {
    @TempDir
    Path dir;

    @Test
    void concurrentExecutionsThresholdsFollowTheConfiguredQuotaOrTheReservedConcurrency() throws Exception {
        Path template = Files.writeString(dir.resolve("fns.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function: { Runtime: java21, Handler: a.B, CodeUri: . }
                Resources:
                  Open:
                    Type: AWS::Serverless::Function
                  Reserved:
                    Type: AWS::Serverless::Function
                    Properties: { ReservedConcurrentExecutions: 100 }
                """);
        assertThat(threshold(TestSupport.generate(template, null, Mode.MERGE, false), "Open")).isEqualTo(900);
        GenerationResult quota = TestSupport.generate(template, "lambdaConcurrencyQuota: 5000\n", Mode.MERGE, false);
        assertThat(threshold(quota, "Open")).isEqualTo(4500);
        assertThat(threshold(quota, "Reserved")).isEqualTo(90);
    }

    @Test
    void skippedResourcesAreNotCountedAsMonitoredAndLongListsAreBounded() throws Exception {
        StringBuilder functions = new StringBuilder("Resources:\n  Orphan:\n    Type: AWS::SQS::Queue\n");
        for (int i = 0; i < 40; i++) {
            functions.append("  Fn").append(i).append(":\n    Type: AWS::Lambda::Function\n    Properties: { FunctionName: fn-")
                    .append(i).append(", Role: arn:aws:iam::123456789012:role/r, Runtime: java21, Handler: a.B, Code: { ZipFile: x } }\n");
        }
        Path template = Files.writeString(dir.resolve("many.yaml"), functions.toString());
        String summary = Summary.of(TestSupport.generate(template, null, Mode.STANDALONE, false));
        // The queue has no physical name in standalone mode: skipped, so not monitored.
        assertThat(summary).contains("AWS::Lambda::Function: 40").doesNotContain("AWS::SQS::Queue: 1")
                .contains("Skipped: ").contains("Orphan");
        String tracing = summary.lines().filter(l -> l.startsWith("Guardrail: Tracing")).findFirst().orElseThrow();
        assertThat(tracing).contains("and 30 more").hasSizeLessThan(400);
    }

    @Test
    void aServiceWithoutFunctionsGetsNoQueriesThatWouldHaveNoLogGroup() throws Exception {
        Path template = Files.writeString(dir.resolve("queues.yaml"), "Resources:\n  Work:\n    Type: AWS::SQS::Queue\n");
        GenerationResult result = TestSupport.generate(template, null, Mode.MERGE, false);
        assertThat(result.queries()).isEmpty();
        assertThat(result.alarms()).isNotEmpty();
    }

    private static double threshold(GenerationResult result, String function) {
        return result.alarms().stream().filter(a -> a.resourceKey().equals(function) && a.ruleId().equals("ConcurrentExecutions"))
                .map(AlarmDefinition::threshold).findFirst().orElseThrow().getAsDouble();
    }
}
