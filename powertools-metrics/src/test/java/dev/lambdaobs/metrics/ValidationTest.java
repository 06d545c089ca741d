package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidationTest {

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                invalid("empty name", m -> m.add(" ", 1, MetricUnit.COUNT), "metric name is empty"),
                invalid("name over 255", m -> m.add("n".repeat(256), 1, MetricUnit.COUNT), "longer than 255"),
                invalid("non-ASCII name", m -> m.add("Größe", 1, MetricUnit.COUNT), "printable ASCII"),
                invalid("NaN", m -> m.add("Bad", Double.NaN, MetricUnit.COUNT), "only finite"),
                invalid("infinity", m -> m.add("Bad", Double.POSITIVE_INFINITY, MetricUnit.COUNT), "only finite"),
                invalid("beyond 2^360", m -> m.add("Bad", 0x1p361, MetricUnit.COUNT), "2^360"),
                invalid("no unit", m -> m.add("Bad", 1, null), "has no unit"),
                invalid("unit changes", m -> m.add("Good", 1, MetricUnit.SECONDS), "one unit and resolution"),
                invalid("resolution changes", m -> m.add("Good", 1, MetricUnit.COUNT, Resolution.HIGH), "one unit and resolution"),
                invalid("empty dimension name", m -> m.dimension("", "x"), "dimension name is empty"),
                invalid("empty dimension value", m -> m.dimension("tier", " "), "empty value"),
                invalid("dimension value over 1024", m -> m.dimension("tier", "v".repeat(1025)), "longer than 1024"),
                invalid("dimension name over 250", m -> m.dimension("k".repeat(251), "v"), "longer than 250"),
                invalid("dimension name with ':'", m -> m.dimension(":tier", "v"), "starts with ':'"),
                invalid("31 dimensions", ValidationTest::thirtyOneDimensions, "at most 30"),
                invalid("dimension named like a metric", m -> m.dimension("Good", "x"), "metric name, property"),
                invalid("metric named like a dimension", m -> m.add("Service", 1, MetricUnit.COUNT), "already a dimension"),
                invalid("dimension overriding service", m -> m.dimension("Service", "other"), "already a default dimension"),
                invalid("metadata under a reserved key", m -> m.metadata("_aws", "x"), "reserved"),
                invalid("timestamp 15 days old", m -> m.timestamp(Instant.now().minus(Duration.ofDays(15))), "14 days"),
                invalid("timestamp 3 hours ahead", m -> m.timestamp(Instant.now().plus(Duration.ofHours(3))), "2 hours"));
    }

    @ParameterizedTest(name = "dev mode: {0}")
    @MethodSource("invalidInputs")
    void developmentModeThrowsAtTheCallSite(String name, Consumer<MetricsRecorder> input, String message) {
        Harness harness = Harness.of(b -> b.captureColdStart(false).devMode(true));

        assertThatThrownBy(() -> harness.record(metrics -> input.accept(metrics.add("Good", 1, MetricUnit.COUNT))))
                .isInstanceOf(InvalidMetricException.class).hasMessageContaining(message);
        assertThat(harness.documents()).as("what was valid is still flushed").hasSize(1);
    }

    @ParameterizedTest(name = "production: {0}")
    @MethodSource("invalidInputs")
    void productionDropsItWithOneWarningAndWritesAValidDocument(String name, Consumer<MetricsRecorder> input, String message) {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        for (int i = 0; i < 2; i++) {
            harness.record(metrics -> input.accept(metrics.add("Good", 1, MetricUnit.COUNT)));
        }

        assertThat(harness.warnings).singleElement().asString().contains(message).contains("dropped");
        for (JsonNode document : harness.documents()) {
            assertThat(EmfDocuments.metricNames(document)).containsExactly("Good");
            assertThat(EmfDocuments.dimensionSets(document)).singleElement()
                    .satisfies(set -> assertThat(set).startsWith("Service").doesNotContain("", ":tier", "Good", "key29"));
        }
        assertThat(harness.documents()).hasSize(2);
    }

    @Test
    void devModeFromTheEnvironment() {
        Harness harness = Harness.of(Harness.environment().set("POWERTOOLS_DEV", "true"), b -> b.captureColdStart(false));

        assertThatThrownBy(() -> harness.record(metrics -> metrics.add("Bad", Double.NaN, MetricUnit.COUNT)))
                .isInstanceOf(InvalidMetricException.class);
    }

    @Test
    void aBadNamespaceThrowsWhenTheStepIsBuiltInDevelopmentMode() {
        assertThatThrownBy(() -> Harness.of(Harness.environment().set("POWERTOOLS_METRICS_NAMESPACE", "Shop Orders!"),
                b -> b.devMode(true))).isInstanceOf(InvalidMetricException.class).hasMessageContaining("Shop Orders!");
        assertThatThrownBy(() -> Harness.of(b -> b.namespace("AWS/Lambda").devMode(true)))
                .hasMessageContaining("reserved for AWS");
    }

    @Test
    void aBadNamespaceInProductionWritesNothingAndWarnsOnce() {
        Harness harness = Harness.of(b -> b.namespace("n".repeat(256)));
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));

        assertThat(harness.lines).isEmpty();
        assertThat(harness.warnings).singleElement().asString().contains("longer than 255");
    }

    @Test
    void anInvalidDefaultDimensionIsLeftOutInProduction() {
        Harness harness = Harness.of(b -> b.captureColdStart(false).defaultDimension("stage", ""));
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));

        assertThat(EmfDocuments.dimensionSets(harness.documents().get(0))).containsExactly(java.util.List.of("Service"));
        assertThat(harness.warnings).singleElement().asString().contains("stage");
    }

    private static void thirtyOneDimensions(MetricsRecorder metrics) {
        // "Service" is the first of the set, so 30 more keys make 31.
        IntStream.range(0, 30).forEach(i -> metrics.dimension("key" + i, "v"));
    }

    private static Arguments invalid(String name, Consumer<MetricsRecorder> input, String message) {
        return Arguments.of(name, input, message);
    }
}
