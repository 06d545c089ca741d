package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Generating again from our own merged output regenerates our resources in place: same ids, nothing doubled. */
class RerunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "golden/lambda.yaml|s3RequestMetrics: true",
        "golden/s3.yaml|s3RequestMetrics: true",
        "guardrails/deployment.yaml|guardrails: { logRetention: true }",
        "guardrails/retention.yaml|guardrails: { logRetention: true }"})
    void generatingFromTheOutputAgainChangesNothing(String template, String config) throws Exception {
        GenerationResult first = TestSupport.generate(TestSupport.resource(template), config, Mode.MERGE, true);
        Path output = dir.resolve("output.json");
        JSON.writeValue(output.toFile(), first.template());
        GenerationResult second = TestSupport.generate(output, config, Mode.MERGE, true);

        assertThat(types(second.template())).isEqualTo(types(first.template()));
        assertThat(second.alarms()).extracting(AlarmDefinition::name).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(first.alarms().stream().map(AlarmDefinition::name).toList());
        // Rollback alarms are wired once, not once per run.
        second.template().path("Resources").forEach(resource -> {
            java.util.List<JsonNode> refs = new java.util.ArrayList<>();
            resource.path("Properties").path("DeploymentPreference").path("Alarms").forEach(refs::add);
            assertThat(refs).doesNotHaveDuplicates();
        });
        // The same resources in place (descriptions name the file and line the resource was read from).
        assertThat(second.template().path("Resources").toString().replaceAll("\"AlarmDescription\":\"[^\"]*\"", ""))
                .isEqualTo(first.template().path("Resources").toString().replaceAll("\"AlarmDescription\":\"[^\"]*\"", ""));
    }

    private static Map<String, String> types(JsonNode template) {
        Map<String, String> types = new TreeMap<>();
        template.path("Resources").fields().forEachRemaining(e -> types.put(e.getKey(), e.getValue().path("Type").asText()));
        return types;
    }
}
