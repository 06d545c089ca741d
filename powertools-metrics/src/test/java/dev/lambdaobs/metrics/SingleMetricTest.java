package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@code flushSingleMetric}: one metric, its own namespace and dimensions, written at once. */
class SingleMetricTest {

    @Test
    void writesItsOwnDocumentAtOnceUnderItsNamespaceWithExactlyItsDimensions() {
        Harness harness = Harness.of(b -> b.captureColdStart(false).defaultDimension("Environment", "prod"));
        harness.invoke("event", FakeContext.builder().requestId("req-9").build(), () -> {
            MetricsRecorder metrics = MetricsRecorder.current();
            metrics.add("Orders", 1, MetricUnit.COUNT).dimension("channel", "web").metadata("order_id", "o-1");
            metrics.flushSingleMetric("PaymentDeclined", 2, MetricUnit.COUNT, "Payments", Dimensions.of("Provider", "acme"));
            assertThat(harness.lines).as("written before the handler returns").hasSize(1);
            return null;
        });

        List<JsonNode> documents = harness.documents();
        assertThat(documents).hasSize(2);
        JsonNode single = documents.get(0);
        assertThat(single.path("_aws").path("CloudWatchMetrics").path(0).path("Namespace").asText()).isEqualTo("Payments");
        assertThat(EmfDocuments.metricNames(single)).containsExactly("PaymentDeclined");
        assertThat(EmfDocuments.dimensionSets(single)).containsExactly(List.of("Provider"));
        assertThat(single.path("PaymentDeclined").asInt()).isEqualTo(2);
        assertThat(single.path("function_request_id").asText()).isEqualTo("req-9");
        assertThat(single.has("Service") || single.has("channel") || single.has("order_id")).isFalse();

        JsonNode invocation = documents.get(1);
        assertThat(invocation.path("_aws").path("CloudWatchMetrics").path(0).path("Namespace").asText()).isEqualTo("Shop");
        assertThat(EmfDocuments.metricNames(invocation)).containsExactly("Orders");
        assertThat(EmfDocuments.dimensionSets(invocation)).containsExactly(List.of("Service", "Environment", "channel"));
    }

    @Test
    void withoutDimensionsItTakesTheDefaultDimensions() {
        Harness harness = Harness.of(b -> b.captureColdStart(false).defaultDimension("Environment", "prod"));
        harness.record(metrics -> {
            metrics.flushSingleMetric("Refunds", 1, MetricUnit.COUNT, "Payments");
            metrics.flushSingleMetric("Chargebacks", 1, MetricUnit.COUNT, "Payments", null);
        });

        assertThat(harness.documents()).hasSize(2).allSatisfy(document ->
                assertThat(EmfDocuments.dimensionSets(document)).containsExactly(List.of("Service", "Environment")));
    }

    @Test
    void invalidInputIsDroppedWithOneWarningAndTheHandlerGoesOn() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        String result = harness.invoke("event", () -> {
            MetricsRecorder metrics = MetricsRecorder.current().add("Orders", 1, MetricUnit.COUNT);
            metrics.flushSingleMetric("Declined", 1, MetricUnit.COUNT, "AWS/Lambda", Dimensions.empty());
            metrics.flushSingleMetric("Declined", 1, MetricUnit.COUNT, "Payments", Dimensions.of("Provider", ""));
            metrics.flushSingleMetric("Declined", Double.NaN, MetricUnit.COUNT, "Payments", Dimensions.empty());
            return "paid";
        });

        assertThat(result).isEqualTo("paid");
        assertThat(harness.documents()).singleElement()
                .satisfies(document -> assertThat(EmfDocuments.metricNames(document)).containsExactly("Orders"));
        assertThat(harness.warnings).hasSize(3).allSatisfy(warning -> assertThat(warning).contains("dropped"));

        Harness dev = Harness.of(b -> b.captureColdStart(false).devMode(true));
        assertThatThrownBy(() -> dev.record(metrics -> metrics.flushSingleMetric("Declined", 1, MetricUnit.COUNT,
                "Bad Namespace!", Dimensions.empty()))).isInstanceOf(InvalidMetricException.class)
                .hasMessageContaining("Bad Namespace!");
    }

    @Test
    void aFailingOutputIsReportedOnceAndNeverReachesTheHandler() {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Diagnostics diagnostics = Diagnostics.to(warnings::add);
        PowertoolsConfig config = Harness.environment().toConfig(diagnostics);
        MetricsStep step = MetricsStep.builder(MetricsConfig.builder(config).captureColdStart(false).build())
                .output(line -> {
                    throw new IllegalStateException("stdout closed");
                }).diagnostics(diagnostics).build();
        Observability observability = Observability.builder().config(config).step(step)
                .coldStart(ColdStart.newEnvironment()).diagnostics(diagnostics).build();

        for (int i = 0; i < 2; i++) {
            String result = observability.call("event", FakeContext.create(), () -> {
                MetricsRecorder.current().flushSingleMetric("Declined", 1, MetricUnit.COUNT, "Payments", Dimensions.empty());
                return "paid";
            });
            assertThat(result).isEqualTo("paid");
        }
        assertThat(warnings).filteredOn(warning -> warning.contains("stdout closed")).as("reported once").hasSize(1);
    }

    @Test
    void nothingIsWrittenWhenMetricsAreDisabled() {
        Harness harness = Harness.of(b -> b.captureColdStart(false).disabled(true));
        harness.record(metrics -> metrics.flushSingleMetric("Declined", 1, MetricUnit.COUNT, "Payments",
                Dimensions.of("Provider", "acme")));

        assertThat(harness.lines).isEmpty();
    }
}
