package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cfn-lint, in one process, on the merged output of each fixture of {@code src/test/resources/coverage} (function URLs,
 * WebSocket APIs, Scheduler, Pipes, global tables, a Timeout written !If) and on its input: each input lints clean, and
 * its output has no error at all (warnings aside, as {@code cfn-lint --ignore-checks W}) and no W1001.
 */
class NewTypesCfnLintTest {
    private static final List<String> FIXTURES = List.of("function-url", "websocket", "scheduler", "pipes", "global-table", "timeout-if");

    @TempDir
    Path dir;

    @Test
    void everyOutputLintsWithoutError() throws Exception {
        assumeTrue(CfnLint.version().isPresent(), "cfn-lint is not installed (pip install cfn-lint): skipping the cfn-lint check");
        List<Path> files = new ArrayList<>();
        for (String fixture : FIXTURES) {
            Path output = dir.resolve(fixture + ".output.json");
            new ObjectMapper().writeValue(output.toFile(), TestSupport.generate(TypeCoverage.fixture(fixture)).template());
            files.add(TypeCoverage.fixture(fixture));
            files.add(output);
        }
        Map<Path, List<CfnLint.Finding>> findings = CfnLint.lint(files, dir);
        for (String fixture : FIXTURES) {
            assertThat(findings.get(TypeCoverage.fixture(fixture).toAbsolutePath())).as(fixture + " input").isEmpty();
            assertThat(findings.get(dir.resolve(fixture + ".output.json").toAbsolutePath())).as(fixture + " output")
                    .noneMatch(CfnLint.Finding::counts);
        }
    }
}
