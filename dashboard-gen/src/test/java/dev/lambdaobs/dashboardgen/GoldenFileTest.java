package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.dashboard.DashboardDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One small template per resource type against a reviewed expected output (alarms in full,
 * widget titles, query names, skipped reasons). Regenerate with {@code -Dgolden.update=true} and
 * review the diff.
 */
class GoldenFileTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final CfnSchemas SCHEMAS = CfnSchemas.standard();

    @ParameterizedTest
    @ValueSource(strings = {"lambda", "rest-api", "http-api", "alb", "appsync", "sqs", "kinesis", "sns", "ses", "stepfunctions",
            "eventbridge", "s3", "dynamodb"})
    void matchesTheReviewedOutput(String name) throws Exception {
        GenerationResult result = TestSupport.generate(TestSupport.resource("golden/" + name + ".yaml"));
        OutputChecks.checkAll(result, SCHEMAS);
        JsonNode actual = digest(result);
        Path expected = Path.of("src/test/resources/golden/" + name + ".expected.json");
        if (Boolean.getBoolean("golden.update")) {
            JSON.writeValue(expected.toFile(), actual);
        }
        assertThat(Files.exists(expected)).as("golden file " + expected + " (create with -Dgolden.update=true)").isTrue();
        assertThat(actual).isEqualTo(JSON.readTree(expected.toFile()));
    }

    private static JsonNode digest(GenerationResult result) {
        ObjectNode digest = JsonNodeFactory.instance.objectNode();
        ArrayNode alarms = digest.putArray("alarms");
        for (AlarmDefinition alarm : result.alarms()) {
            ObjectNode entry = alarms.addObject().put("logicalId", alarm.logicalId()).put("severity", alarm.severity().key());
            entry.set("properties", alarm.properties());
        }
        ObjectNode dashboards = digest.putObject("dashboards");
        for (DashboardDefinition dashboard : result.dashboards()) {
            ArrayNode titles = dashboards.putArray(dashboard.name());
            dashboard.body().get("widgets").forEach(w -> titles.add(w.path("type").asText() + ": "
                    + w.path("properties").path("title").asText(w.path("properties").path("markdown").asText().lines().findFirst().orElse(""))));
        }
        ArrayNode queries = digest.putArray("queries");
        result.queries().forEach(q -> queries.add(q.name()));
        ArrayNode skipped = digest.putArray("skipped");
        result.skipped().forEach(s -> skipped.add(s.replaceAll("^.*/golden/", "")));
        ArrayNode changes = digest.putArray("changesToUserResources");
        result.guardrails().changes().forEach(c -> changes.add(c.replaceAll("^.*/golden/", "")));
        ArrayNode notes = digest.putArray("guardrailNotes");
        result.guardrails().notes().forEach(n -> notes.add(n.replaceAll("^.*/golden/", "")));
        return digest;
    }
}
