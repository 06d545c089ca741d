package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import dev.lambdaobs.test.TraceHeaders;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(StdoutCaptureExtension.class)
class RecordingTest {

    @Test
    void writesTheMetricUnderExactlyTheServiceDimensionToStdout(CapturedStdout stdout) {
        MetricsStep step = MetricsStep.builder(MetricsConfig.builder(Harness.environment().toConfig(
                dev.lambdaobs.core.diagnostics.Diagnostics.to(s -> { }))).captureColdStart(false).build()).build();
        dev.lambdaobs.core.pipeline.Observability.builder().step(step).build()
                .call("event", FakeContext.create(), () -> MetricsRecorder.current().add("OrdersPlaced", 3, MetricUnit.COUNT));

        List<JsonNode> documents = EmfDocuments.validated(stdout.lines());
        assertThat(documents).hasSize(1);
        JsonNode document = documents.get(0);
        JsonNode directive = document.path("_aws").path("CloudWatchMetrics").path(0);
        assertThat(directive.path("Namespace").asText()).isEqualTo("Shop");
        assertThat(EmfDocuments.dimensionSets(document)).containsExactly(List.of("Service"));
        assertThat(document.path("Service").asText()).isEqualTo("orders");
        assertThat(document.path("OrdersPlaced").asDouble()).isEqualTo(3);
        assertThat(directive.path("Metrics").path(0).path("Unit").asText()).isEqualTo("Count");
        assertThat(document.has("LogGroup") || document.has("ServiceName") || document.has("ServiceType")).isFalse();
    }

    @Test
    void defaultOwnAndExtraDimensionSetsEachCarryTheDefaults() {
        Harness harness = Harness.of(b -> b.captureColdStart(false).defaultDimension("stage", "prod"));
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT)
                .dimension("channel", "web")
                .dimensionSet(Dimensions.of("tier", "gold")));

        JsonNode document = harness.documents().get(0);
        assertThat(EmfDocuments.dimensionSets(document)).containsExactly(
                List.of("Service", "stage", "channel"), List.of("Service", "stage", "tier"));
        assertThat(document.path("stage").asText()).isEqualTo("prod");
        assertThat(document.path("channel").asText()).isEqualTo("web");
        assertThat(document.path("tier").asText()).isEqualTo("gold");
    }

    @Test
    void metadataTimestampResolutionAndRepeatedValues() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        harness.record(metrics -> metrics.add("Latency", 12, MetricUnit.MILLISECONDS, Resolution.HIGH)
                .add("Latency", 15, MetricUnit.MILLISECONDS, Resolution.HIGH)
                .add("Bytes", 2048, MetricUnit.BYTES)
                .metadata("order_id", "o-42")
                .metadata("items", Map.of("count", 2))
                .timestamp(at));

        JsonNode document = harness.documents().get(0);
        assertThat(document.path("_aws").path("Timestamp").asLong()).isEqualTo(at.toEpochMilli());
        assertThat(document.path("Latency").toString()).isEqualTo("[12.0,15.0]");
        assertThat(document.path("order_id").asText()).isEqualTo("o-42");
        assertThat(document.path("items").path("count").asInt()).isEqualTo(2);
        JsonNode latency = EmfDocuments.definition(document, "Latency");
        JsonNode bytes = EmfDocuments.definition(document, "Bytes");
        assertThat(latency.path("StorageResolution").asInt()).isEqualTo(1);
        assertThat(latency.path("Unit").asText()).isEqualTo("Milliseconds");
        assertThat(bytes.has("StorageResolution")).isFalse();
        assertThat(bytes.path("Unit").asText()).isEqualTo("Bytes");
    }

    @Test
    void requestIdAndTraceIdTravelAsPropertiesForJumpingToLogsAndTraces() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        String header = TraceHeaders.sampled();
        FakeContext context = FakeContext.builder().requestId("req-7").xrayTraceId(header).build();
        harness.invoke("event", context, () -> MetricsRecorder.current().add("Orders", 1, MetricUnit.COUNT));

        JsonNode document = harness.documents().get(0);
        assertThat(document.path("function_request_id").asText()).isEqualTo("req-7");
        assertThat(document.path("xray_trace_id").asText()).isEqualTo(header.substring(5, header.indexOf(';')));
    }

    @Test
    void flushSingleWritesAtOnceWithOnlyTheDefaultsAndItsOwnDimensions() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        harness.invoke("event", () -> {
            MetricsRecorder metrics = MetricsRecorder.current();
            metrics.dimension("channel", "web").add("Orders", 1, MetricUnit.COUNT);
            metrics.flushSingle("PaymentDeclined", 1, MetricUnit.COUNT, Dimensions.of("provider", "acme"));
            assertThat(harness.lines).as("written before the handler returns").hasSize(1);
            return null;
        });

        List<JsonNode> documents = harness.documents();
        assertThat(documents).hasSize(2);
        JsonNode single = documents.get(0);
        assertThat(EmfDocuments.metricNames(single)).containsExactly("PaymentDeclined");
        assertThat(EmfDocuments.dimensionSets(single)).containsExactly(List.of("Service", "provider"));
        assertThat(single.has("channel")).isFalse();
        assertThat(EmfDocuments.metricNames(documents.get(1))).containsExactly("Orders");
    }

    @Test
    void unprintableMetadataNeverBreaksTheDocument() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        Object hostile = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("boom");
            }
        };
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT)
                .metadata("weird", hostile).metadata("again", List.of(hostile)).metadata("ratio", Double.NaN));

        JsonNode document = harness.documents().get(0);
        assertThat(document.path("weird").asText()).contains("toString()").contains("IllegalStateException");
        assertThat(document.path("again").path(0).asText()).isEqualTo(document.path("weird").asText());
        assertThat(document.path("ratio").asText()).isEqualTo("NaN");
        assertThat(harness.warnings).singleElement().asString().contains("toString()", "IllegalStateException");
    }

    @Test
    void outsideAnInvocationNothingIsRecordedButABatchWorks() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        MetricsRecorder.current().add("Lost", 1, MetricUnit.COUNT);
        try (MetricsBatch batch = harness.step.newBatch()) {
            batch.add("ReportsBuilt", 2, MetricUnit.COUNT);
        }

        List<JsonNode> documents = harness.documents();
        assertThat(documents).hasSize(1);
        assertThat(EmfDocuments.metricNames(documents.get(0))).containsExactly("ReportsBuilt");
        assertThat(documents.get(0).has("function_request_id")).isFalse();
    }
}
