package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses EMF lines and checks each against ../shared/schemas/emf/emf.schema.json (draft-07) and the
 * specification's rules the schema cannot express: at most 100 metrics per directive, 30 keys per
 * dimension set, 100 values per metric, and every target member at the top level.
 */
final class EmfDocuments {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private EmfDocuments() {
    }

    static Path shared() {
        String property = System.getProperty("lambdaobs.shared");
        return property != null ? Path.of(property) : Path.of("..", "..", "shared");
    }

    /** Every line parsed and validated; fails naming the line and what is wrong. */
    static List<JsonNode> validated(List<String> lines) {
        List<JsonNode> documents = new ArrayList<>();
        for (String line : lines) {
            documents.add(validated(line));
        }
        return documents;
    }

    static JsonNode validated(String line) {
        JsonNode document;
        try {
            document = JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
        Set<ValidationMessage> errors = SCHEMA.validate(document);
        assertThat(errors).as("schema errors in %s", line).isEmpty();
        assertThat(document.has("LogGroup") || document.has("ServiceName") || document.has("ServiceType"))
                .as("the EMF library's Lambda default dimensions are not even written as values in %s", line).isFalse();
        for (JsonNode directive : document.path("_aws").path("CloudWatchMetrics")) {
            assertThat(directive.path("Metrics").size()).as("metrics per directive in %s", line)
                    .isLessThanOrEqualTo(EmfLimits.MAX_METRICS_PER_DIRECTIVE);
            for (JsonNode set : directive.path("Dimensions")) {
                assertThat(set.size()).as("keys per dimension set in %s", line)
                        .isLessThanOrEqualTo(EmfLimits.MAX_DIMENSIONS_PER_SET);
                set.forEach(key -> assertThat(document.path(key.asText()).isTextual())
                        .as("dimension %s is a top-level string in %s", key, line).isTrue());
                set.forEach(key -> assertThat(key.asText()).as("the EMF library's Lambda defaults never appear")
                        .isNotIn("LogGroup", "ServiceName", "ServiceType"));
            }
            for (JsonNode metric : directive.path("Metrics")) {
                JsonNode value = document.path(metric.path("Name").asText());
                boolean numbers = value.isNumber() || (value.isArray() && value.size() > 0
                        && value.size() <= EmfLimits.MAX_VALUES_PER_METRIC && allNumbers(value));
                assertThat(numbers).as("metric %s is a top-level number or array of <=100 numbers in %s",
                        metric, line).isTrue();
            }
        }
        return document;
    }

    /** The dimension sets of the first directive, as lists of key names. */
    static List<List<String>> dimensionSets(JsonNode document) {
        List<List<String>> sets = new ArrayList<>();
        for (JsonNode set : document.path("_aws").path("CloudWatchMetrics").path(0).path("Dimensions")) {
            List<String> keys = new ArrayList<>();
            set.forEach(key -> keys.add(key.asText()));
            sets.add(keys);
        }
        return sets;
    }

    /** The metric names of the first directive. */
    static List<String> metricNames(JsonNode document) {
        List<String> names = new ArrayList<>();
        document.path("_aws").path("CloudWatchMetrics").path(0).path("Metrics")
                .forEach(metric -> names.add(metric.path("Name").asText()));
        return names;
    }

    /** The definition of {@code metric} in the first directive; a missing node when absent. */
    static JsonNode definition(JsonNode document, String metric) {
        for (JsonNode definition : document.path("_aws").path("CloudWatchMetrics").path(0).path("Metrics")) {
            if (definition.path("Name").asText().equals(metric)) {
                return definition;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The documents whose first directive defines {@code metric}. */
    static List<JsonNode> withMetric(List<JsonNode> documents, String metric) {
        return documents.stream().filter(document -> metricNames(document).contains(metric)).toList();
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isNumber()) {
                return false;
            }
        }
        return true;
    }

    private static JsonSchema loadSchema() {
        Path path = shared().resolve("schemas/emf/emf.schema.json");
        try (InputStream in = Files.newInputStream(path)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the EMF schema at " + path.toAbsolutePath(), e);
        }
    }
}
