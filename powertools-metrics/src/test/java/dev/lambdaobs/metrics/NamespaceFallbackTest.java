package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.test.LambdaEnvironment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without a namespace the metrics go to the service name, with one warning, and are never dropped. */
class NamespaceFallbackTest {

    @Test
    void theServiceNameIsTheNamespaceWithOneWarningForTheProcess() {
        LambdaEnvironment environment = Harness.environment().unset("POWERTOOLS_METRICS_NAMESPACE");
        Harness harness = Harness.of(environment, b -> b);
        // A second step (another @Metrics handler) reporting to the same diagnostics adds no warning.
        MetricsStep.builder(MetricsConfig.from(environment.toConfig(harness.diagnostics)))
                .output(EmfOutput.lines(line -> { })).diagnostics(harness.diagnostics).build();
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));

        assertThat(harness.step.config().namespace()).isEqualTo("orders");
        List<JsonNode> documents = harness.documents();
        assertThat(documents).as("ColdStart and both invocations' metrics").hasSize(3)
                .allSatisfy(document -> assertThat(namespace(document)).isEqualTo("orders"));
        assertThat(harness.warnings).singleElement().asString()
                .contains("POWERTOOLS_METRICS_NAMESPACE").contains("'orders' (the service name)");
    }

    @Test
    void withNeitherNamespaceNorServiceTheNamespaceIsServiceUndefined() {
        Harness harness = Harness.of(LambdaEnvironment.onDemand("create-order"), b -> b.captureColdStart(false));
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));

        JsonNode document = harness.documents().get(0);
        assertThat(namespace(document)).isEqualTo(MetricsConfig.FALLBACK_NAMESPACE).isEqualTo("service_undefined");
        assertThat(document.path("Service").asText()).isEqualTo("service_undefined");
        assertThat(harness.warnings).singleElement().asString().contains("'service_undefined'");
    }

    @Test
    void aServiceNameThatIsNoValidNamespaceFallsBackToTheNamedDefault() {
        Harness harness = Harness.of(LambdaEnvironment.onDemand("create-order").service("orders & billing"),
                b -> b.captureColdStart(false).devMode(true));
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));

        JsonNode document = harness.documents().get(0);
        assertThat(namespace(document)).isEqualTo("service_undefined");
        assertThat(document.path("Service").asText()).isEqualTo("orders & billing");
    }

    private static String namespace(JsonNode document) {
        return document.path("_aws").path("CloudWatchMetrics").path(0).path("Namespace").asText();
    }
}
