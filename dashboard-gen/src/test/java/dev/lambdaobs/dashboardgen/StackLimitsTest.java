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

/** The 500-resource limit counts what SAM generates: the summary warns from the estimate, with what to do. */
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
}
