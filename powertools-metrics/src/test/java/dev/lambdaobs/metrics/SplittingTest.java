package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplittingTest {

    @Test
    void moreThanOneHundredMetricsBecomeSeveralValidDocumentsWithNothingLost() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        harness.record(metrics -> {
            for (int i = 0; i < 250; i++) {
                metrics.add("Metric" + i, i, MetricUnit.COUNT);
            }
        });

        List<JsonNode> documents = harness.documents();
        assertThat(documents).hasSize(3);
        Set<String> written = new HashSet<>();
        for (JsonNode document : documents) {
            List<String> names = EmfDocuments.metricNames(document);
            assertThat(names.size()).isLessThanOrEqualTo(EmfLimits.MAX_METRICS_PER_DIRECTIVE);
            names.forEach(name -> assertThat(document.path(name).asInt()).isEqualTo(Integer.parseInt(name.substring(6))));
            written.addAll(names);
            assertThat(EmfDocuments.dimensionSets(document)).containsExactly(List.of("Service"));
        }
        assertThat(written).hasSize(250);
    }

    @Test
    void moreThanOneHundredValuesOfOneMetricBecomeSeveralDocumentsInOrder() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        harness.record(metrics -> {
            for (int i = 0; i < 230; i++) {
                metrics.add("Latency", i, MetricUnit.MILLISECONDS);
            }
            metrics.add("Orders", 1, MetricUnit.COUNT);
        });

        List<JsonNode> withLatency = EmfDocuments.withMetric(harness.documents(), "Latency");
        assertThat(withLatency).hasSize(3);
        List<Integer> values = new ArrayList<>();
        for (JsonNode document : withLatency) {
            JsonNode latency = document.path("Latency");
            assertThat(latency.size()).isLessThanOrEqualTo(EmfLimits.MAX_VALUES_PER_METRIC);
            latency.forEach(value -> values.add(value.asInt()));
        }
        assertThat(values).hasSize(230).isSorted();
        assertThat(EmfDocuments.withMetric(harness.documents(), "Orders")).hasSize(1);
    }
}
