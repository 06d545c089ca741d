package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.generate.GenerationRequest;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 1,000-function service: dashboards split within limits, composite nests, queries split by log group limit. */
class LargeServiceTest {
    private static final CfnSchemas SCHEMAS = CfnSchemas.standard();

    @Test
    void thousandFunctionsStayWithinEveryLimit(@TempDir Path dir) throws Exception {
        StringBuilder template = new StringBuilder("Transform: AWS::Serverless-2016-10-31\nResources:\n");
        for (int i = 0; i < 1000; i++) {
            template.append("  Fn").append(i).append(":\n    Type: AWS::Serverless::Function\n    Properties:\n")
                    .append("      Runtime: java17\n      Handler: a.B\n      Timeout: 30\n");
        }
        Path file = Files.writeString(dir.resolve("big.yaml"), template);
        GenerationResult result = TestSupport.GENERATOR.generate(
                new GenerationRequest(List.of(file), Optional.empty(), Optional.of("big"), Mode.STANDALONE));
        // Standalone without physical names: every function is skipped with a reason naming the config key.
        assertThat(result.monitored()).isEmpty();
        assertThat(result.skipped()).anyMatch(s -> s.contains("resources.Fn0.physicalName"));

        GenerationResult merged = TestSupport.generate(file);
        assertThat(merged.monitored()).hasSize(1000);
        OutputChecks.checkAll(merged, SCHEMAS);
        assertThat(merged.dashboards().size()).isGreaterThan(2);
        assertThat(merged.alarms().stream().filter(a -> a.ruleId().startsWith("Critical-L0-Part"))).hasSizeGreaterThan(1);
        assertThat(merged.queries().stream().filter(q -> q.query().name().equals("errors"))).hasSize(20);
        assertThat(merged.queries().stream().filter(q -> q.query().name().equals("errors-with-reports"))).hasSize(40);
    }
}
