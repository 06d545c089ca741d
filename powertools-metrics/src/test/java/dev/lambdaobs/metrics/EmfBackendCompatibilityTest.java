package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.cloudwatchlogs.emf.model.StorageResolution;
import software.amazon.cloudwatchlogs.emf.model.Unit;

/**
 * The built-in writer against the real aws-embedded-metrics library: for generated documents both write
 * the same EMF (the same JSON once parsed; the library orders top-level members and metric definitions
 * by hash, so only the order may differ), and every document the built-in writer writes is valid EMF.
 */
class EmfBackendCompatibilityTest {
    private static final int DOCUMENTS = 400;

    @Test
    void writesWhatTheLibraryWritesForManyGeneratedDocuments() {
        RandomEmfDocuments generator = new RandomEmfDocuments(20261203L, Instant.now());
        BuiltInEmfSerializer ours = new BuiltInEmfSerializer();
        int split = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            String namespace = generator.namespace();
            EmfDocument document = generator.next();
            LibraryEmfSerializer library = new LibraryEmfSerializer(namespace);
            List<String> lines = ours.serialize(document, namespace);
            List<JsonNode> written = EmfDocuments.validated(lines);
            List<List<RecordedMetric>> groups = EmfChunks.of(document.metrics());
            assertThat(written).hasSameSizeAs(groups);
            for (int g = 0; g < groups.size(); g++) {
                // Each of our documents is what the library writes for the same metrics.
                EmfDocument part = new EmfDocument(groups.get(g), document.dimensionSets(), document.properties(),
                        document.timestamp());
                List<String> theirs = library.serialize(part, namespace);
                assertThat(theirs).as("document %s part %s", i, g).hasSize(1);
                assertThat(canonical(written.get(g))).as("document %s part %s:%n%s%n%s", i, g, lines.get(g), theirs.get(0))
                        .isEqualTo(canonical(parse(theirs.get(0))));
            }
            if (groups.size() > 1) {
                split++;
                // Split at the same limits, every value once and in order, as the library splits it.
                assertThat(valuesByMetric(written))
                        .isEqualTo(valuesByMetric(EmfDocuments.validated(library.serialize(document, namespace))));
            }
        }
        assertThat(split).as("documents split at the EMF limits").isGreaterThan(10);
    }

    @Test
    void whereKeysCollideTheMemberIsTheOneTheLibraryWrites() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("shared", "property");
        properties.put("dim", "property");
        properties.put("note", null);
        EmfDocument document = new EmfDocument(
                List.of(RecordedMetric.of("shared", 2, MetricUnit.COUNT, Resolution.HIGH)),
                List.of(Dimensions.of("dim", "first", "Service", "orders"), Dimensions.of("dim", "second")),
                properties, Instant.now());

        JsonNode ours = parse(new BuiltInEmfSerializer().serialize(document, "Shop").get(0));

        assertThat(ours.path("shared").asDouble()).isEqualTo(2.0);
        assertThat(ours.path("dim").asText()).isEqualTo("second");
        assertThat(ours.path("note").isNull()).isTrue();
        properties.remove("note"); // the library's property map cannot hold a null (the document would be lost)
        JsonNode theirs = parse(new LibraryEmfSerializer("Shop").serialize(document, "Shop").get(0));
        ((ObjectNode) ours).remove("note");
        assertThat(canonical(ours)).isEqualTo(canonical(theirs));
    }

    @Test
    void unitsAndResolutionsAreWrittenAsTheLibraryNamesThem() {
        for (MetricUnit unit : MetricUnit.values()) {
            assertThat(unit.wireName()).isEqualTo(Unit.valueOf(unit.name()).toString());
        }
        for (Resolution resolution : Resolution.values()) {
            assertThat(resolution.seconds()).isEqualTo(StorageResolution.valueOf(resolution.name()).getValue());
        }
    }

    private static JsonNode parse(String line) {
        try {
            return EmfDocuments.JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    /** The document with each directive's metric definitions sorted by name: the library's order is a hash order. */
    private static JsonNode canonical(JsonNode document) {
        JsonNode copy = document.deepCopy();
        for (JsonNode directive : copy.path("_aws").path("CloudWatchMetrics")) {
            List<JsonNode> metrics = new ArrayList<>();
            directive.path("Metrics").forEach(metrics::add);
            metrics.sort(Comparator.comparing(metric -> metric.path("Name").asText()));
            ArrayNode sorted = ((ObjectNode) directive).putArray("Metrics");
            metrics.forEach(sorted::add);
        }
        return copy;
    }

    private static Map<String, List<Double>> valuesByMetric(List<JsonNode> documents) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (JsonNode document : documents) {
            for (String name : EmfDocuments.metricNames(document)) {
                List<Double> list = values.computeIfAbsent(name, n -> new ArrayList<>());
                JsonNode value = document.path(name);
                if (value.isArray()) {
                    value.forEach(element -> list.add(element.asDouble()));
                } else {
                    list.add(value.asDouble());
                }
            }
        }
        return values;
    }
}
