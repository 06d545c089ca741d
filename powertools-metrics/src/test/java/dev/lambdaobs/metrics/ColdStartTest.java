package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.test.LambdaEnvironment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColdStartTest {

    @Test
    void onlyTheFirstOnDemandInvocationWritesColdStartInItsOwnDocument() {
        Harness harness = Harness.standard();
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT).dimension("channel", "web"));
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));

        List<JsonNode> coldStarts = EmfDocuments.withMetric(harness.documents(), "ColdStart");
        assertThat(coldStarts).hasSize(1);
        JsonNode document = coldStarts.get(0);
        assertThat(EmfDocuments.metricNames(document)).containsExactly("ColdStart");
        assertThat(EmfDocuments.dimensionSets(document)).containsExactly(List.of("Service", "FunctionName"));
        assertThat(document.path("ColdStart").asInt()).isEqualTo(1);
        assertThat(EmfDocuments.definition(document, "ColdStart").path("Unit").asText()).isEqualTo("Count");
        assertThat(document.path("Service").asText()).isEqualTo("orders");
        assertThat(document.path("FunctionName").asText()).isEqualTo("create-order");
        assertThat(document.has("channel")).isFalse();
        assertThat(harness.userDocuments()).hasSize(2);
    }

    @Test
    void provisionedConcurrencyHasNoColdStart() {
        Harness harness = Harness.of(LambdaEnvironment.provisioned("create-order").service("orders")
                .set("POWERTOOLS_METRICS_NAMESPACE", "Shop"), b -> b);
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));

        assertThat(EmfDocuments.withMetric(harness.documents(), "ColdStart")).isEmpty();
    }

    @Test
    void theFunctionNameDimensionCanBeOverridden() {
        Harness harness = Harness.of(Harness.environment().set("POWERTOOLS_METRICS_FUNCTION_NAME", "orders-api"), b -> b);
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));

        JsonNode coldStart = EmfDocuments.withMetric(harness.documents(), "ColdStart").get(0);
        assertThat(coldStart.path("FunctionName").asText()).isEqualTo("orders-api");
    }

    @Test
    void captureColdStartFalseWritesNone() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));

        assertThat(EmfDocuments.withMetric(harness.documents(), "ColdStart")).isEmpty();
    }

    @Test
    void agreesWithTheInvocationsColdStartAnswerEvenWithoutUserMetrics() {
        Harness harness = Harness.standard();
        boolean cold = harness.invoke("event", () -> dev.lambdaobs.core.invocation.Invocation.current().orElseThrow().coldStart());

        assertThat(cold).isTrue();
        assertThat(EmfDocuments.withMetric(harness.documents(), "ColdStart")).hasSize(1);
    }
}
