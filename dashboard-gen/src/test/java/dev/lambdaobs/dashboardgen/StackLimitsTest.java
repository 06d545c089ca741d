package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import dev.lambdaobs.dashboardgen.limits.SamExpansion;
import dev.lambdaobs.dashboardgen.output.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 500-resource limit counts what SAM generates, and the template's size is checked against what a deploy accepts:
 * the summary warns, with what to do.
 */
class StackLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aServiceUnder500ResourcesBeforeTheTransformButOverAfterItIsWarned() throws Exception {
        StringBuilder template = new StringBuilder("Transform: AWS::Serverless-2016-10-31\nGlobals:\n"
                + "  Function: { Runtime: java21, Handler: a.B, CodeUri: . }\nResources:\n");
        // 90 functions of 7 resources each after the transform: the service alone is beyond a stack, nested monitoring or not.
        for (int i = 0; i < 90; i++) {
            template.append("  Fn").append(i).append(":\n    Type: AWS::Serverless::Function\n    Properties:\n"
                    + "      AutoPublishAlias: live\n      Events:\n        Get: { Type: Api, Properties: { Path: /f").append(i)
                    .append(", Method: get } }\n        Tick: { Type: Schedule, Properties: { Schedule: rate(1 hour) } }\n");
        }
        Path file = Files.writeString(dir.resolve("big.yaml"), template.toString());
        GenerationResult result = TestSupport.generate(file, null, Mode.MERGE, false);
        int before = result.template().path("Resources").size();
        assertThat(before).isLessThan(500);
        // Per function: function, role, version, alias, permission (Api), rule and permission (Schedule); plus the implicit API.
        assertThat(SamExpansion.resources(result.template())).isGreaterThanOrEqualTo(before + 90 * 6 + 3);
        assertThat(Summary.of(result)).contains("resources after SAM's transform (" + before + " before)", "at most 500",
                "--mode standalone");
    }

    @Test
    void aTemplateOverTheInlineLimitIsToldToGoThroughS3AndOneOverOneMegabyteIsWarned() throws Exception {
        String function = "Transform: AWS::Serverless-2016-10-31\nResources:\n  OrdersFunction:\n    Type: AWS::Serverless::Function\n"
                + "    Properties: { Runtime: java21, Handler: a.B, CodeUri: . }\n";
        // The user's own content (a parameter's long default) makes the size; the monitoring adds to it.
        String inline = function + "Parameters:\n  Big: { Type: String, Default: " + "x".repeat(60_000) + " }\n";
        Path file = Files.writeString(dir.resolve("inline.yaml"), inline);
        assertThat(Summary.of(TestSupport.generate(file, null, Mode.MERGE, false)))
                .contains("above the 51200 a deploy may send inline: deploy it through S3").doesNotContain("WARNING: the template is");

        String large = function + "Parameters:\n  Big: { Type: String, Default: " + "x".repeat(1_100_000) + " }\n";
        file = Files.writeString(dir.resolve("large.yaml"), large);
        assertThat(Summary.of(TestSupport.generate(file, null, Mode.MERGE, false)))
                .containsPattern("WARNING: the template is \\d+ bytes; CloudFormation accepts at most 1000000 \\(from S3\\). "
                        + "Use --mode standalone, or split the service");
    }
}
