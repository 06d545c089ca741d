package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML merge keys ({@code <<: *defaults}, {@code <<: [*a, *b]}) are resolved as {@code sam} and {@code aws cloudformation
 * package} resolve them: the mapping's own keys win, then the merged mappings in order. Before, {@code <<} was read as
 * a property: the merged settings were not seen (a 10 s timeout's alarm was missing) and the merged output template
 * carried a {@code <<} property no deploy accepts.
 */
class YamlMergeKeysTest {
    @TempDir
    Path dir;

    @Test
    void mergedMappingsAreReadAndWrittenResolved() {
        GenerationResult result = TestSupport.generate(TestSupport.resource("robustness/merge-keys.yaml"));
        JsonNode merged = TestSupport.outputResource(result, "Merged").path("Properties");
        assertThat(merged.has("<<")).isFalse();
        assertThat(merged.path("Runtime").asText()).isEqualTo("java21");
        assertThat(merged.path("Timeout").asInt()).as("its own key wins").isEqualTo(20);
        JsonNode list = TestSupport.outputResource(result, "MergedList").path("Properties");
        assertThat(list.path("Timeout").asInt()).as("the first merged mapping wins").isEqualTo(60);
        assertThat(list.path("Handler").asText()).isEqualTo("orders.Handler");
        assertThat(result.template().toString()).doesNotContain("\"<<\"");
        assertThat(nearTimeout(result, "Aliased")).isEqualTo(9000.0);
        assertThat(nearTimeout(result, "Merged")).isEqualTo(18000.0);
        assertThat(nearTimeout(result, "MergedList")).isEqualTo(54000.0);
    }

    @Test
    void aMergeOfAScalarIsRefusedNamingItsLine() throws Exception {
        Path template = Files.writeString(dir.resolve("bad-merge.yaml"), """
                Resources:
                  Q:
                    Type: AWS::SQS::Queue
                    Properties:
                      <<: just-text
                """);
        assertThatThrownBy(() -> TestSupport.generate(template)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("bad-merge.yaml:5").hasMessageContaining("merge key");
    }

    private static double nearTimeout(GenerationResult result, String function) {
        return result.alarms().stream().filter(a -> a.resourceKey().equals(function) && a.ruleId().equals("DurationNearTimeout"))
                .findFirst().orElseThrow(() -> new AssertionError("no DurationNearTimeout alarm on " + function))
                .properties().path("Threshold").asDouble();
    }
}
