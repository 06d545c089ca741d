package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Default dimensions from the builder, the step and the recorder; per-invocation snapshots under concurrency. */
class DefaultDimensionsTest {

    @Test
    void theBuilderTakesAWholeSetAfterSingleOnes() {
        Harness harness = Harness.of(b -> b.captureColdStart(false).defaultDimension("Environment", "prod")
                .defaultDimensions(Dimensions.of("Tenant", "acme", "Region", "eu")));
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));

        JsonNode document = harness.documents().get(0);
        assertThat(EmfDocuments.dimensionSets(document)).containsExactly(List.of("Service", "Environment", "Tenant", "Region"));
        assertThat(document.path("Tenant").asText()).isEqualTo("acme");
    }

    @Test
    void theStepReplacesAndClearsThemForLaterInvocationsAndServiceStaysFirst() {
        Harness harness = Harness.of(b -> b.captureColdStart(false).defaultDimension("Environment", "dev"));
        harness.step.setDefaultDimensions(Dimensions.of("Tenant", "acme"));
        assertThat(harness.step.getDefaultDimensions().asMap()).containsExactly(
                java.util.Map.entry("Service", "orders"), java.util.Map.entry("Tenant", "acme"));
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT).dimension("channel", "web"));
        harness.step.clearDefaultDimensions();
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));

        List<JsonNode> documents = harness.documents();
        assertThat(EmfDocuments.dimensionSets(documents.get(0))).containsExactly(List.of("Service", "Tenant", "channel"));
        assertThat(documents.get(0).has("Environment")).as("replaced, not added to").isFalse();
        assertThat(EmfDocuments.dimensionSets(documents.get(1))).containsExactly(List.of("Service"));
    }

    @Test
    void theRecorderChangesThisInvocationFromThenOnAndTheNextOnes() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        harness.record(metrics -> {
            assertThat(metrics.getDefaultDimensions().asMap()).containsOnlyKeys("Service");
            metrics.setDefaultDimensions(Dimensions.of("Tenant", "acme")).add("Orders", 1, MetricUnit.COUNT);
            metrics.flushSingle("Declined", 1, MetricUnit.COUNT, Dimensions.of("Provider", "visa"));
        });
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));

        List<JsonNode> documents = harness.documents();
        assertThat(documents).hasSize(3);
        assertThat(EmfDocuments.dimensionSets(documents.get(0))).as("the single metric").containsExactly(
                List.of("Service", "Tenant", "Provider"));
        assertThat(EmfDocuments.dimensionSets(documents.get(1))).containsExactly(List.of("Service", "Tenant"));
        assertThat(EmfDocuments.dimensionSets(documents.get(2))).containsExactly(List.of("Service", "Tenant"));
    }

    @Test
    void anInvocationInFlightKeepsTheDefaultsItBeganWith() throws Exception {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> slow = pool.submit(() -> harness.record(metrics -> {
                begun.countDown();
                await(changed);
                metrics.add("Slow", 1, MetricUnit.COUNT);
            }));
            await(begun);
            harness.record(metrics -> metrics.setDefaultDimensions(Dimensions.of("Tenant", "acme"))
                    .add("Fast", 1, MetricUnit.COUNT));
            changed.countDown();
            slow.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        harness.record(metrics -> metrics.add("Later", 1, MetricUnit.COUNT));

        assertThat(EmfDocuments.dimensionSets(EmfDocuments.withMetric(harness.documents(), "Fast").get(0)))
                .containsExactly(List.of("Service", "Tenant"));
        assertThat(EmfDocuments.dimensionSets(EmfDocuments.withMetric(harness.documents(), "Slow").get(0)))
                .containsExactly(List.of("Service"));
        assertThat(EmfDocuments.dimensionSets(EmfDocuments.withMetric(harness.documents(), "Later").get(0)))
                .containsExactly(List.of("Service", "Tenant"));
    }

    @Test
    void manyConcurrentInvocationsEachWriteTheDefaultsTheySet() throws Exception {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        int threads = 8;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                await(start);
                for (int i = 0; i < perThread; i++) {
                    String tenant = "t" + thread + "-" + i;
                    harness.record(metrics -> metrics.setDefaultDimensions(Dimensions.of("Tenant", tenant))
                            .add("Orders", 1, MetricUnit.COUNT).metadata("expected_tenant", tenant));
                }
            }));
        }
        start.countDown();
        try {
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<JsonNode> documents = harness.documents();
        assertThat(documents).hasSize(threads * perThread);
        assertThat(documents).allSatisfy(document -> {
            assertThat(EmfDocuments.dimensionSets(document)).containsExactly(List.of("Service", "Tenant"));
            assertThat(document.path("Tenant").asText()).isEqualTo(document.path("expected_tenant").asText());
        });
        assertThat(harness.warnings).isEmpty();
    }

    @Test
    void serviceWithItsOwnValueIsAcceptedAnotherValueIsRejected() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        harness.record(metrics -> metrics.setDefaultDimensions(Dimensions.of("Service", "orders", "Tenant", "acme"))
                .add("Orders", 1, MetricUnit.COUNT));
        assertThat(harness.warnings).isEmpty();
        harness.record(metrics -> metrics.setDefaultDimensions(Dimensions.of("Service", "billing", "Tenant", "globex"))
                .add("Orders", 1, MetricUnit.COUNT));

        List<JsonNode> documents = harness.documents();
        assertThat(documents).extracting(d -> d.path("Service").asText()).containsExactly("orders", "orders");
        assertThat(documents.get(1).path("Tenant").asText()).isEqualTo("globex");
        assertThat(harness.warnings).singleElement().asString().contains("'Service'").contains("dropped");
    }

    @Test
    void aDefaultNamedLikeSomethingThisInvocationRecordedIsRejected() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        harness.record(metrics -> metrics.add("Tenant", 1, MetricUnit.COUNT)
                .setDefaultDimensions(Dimensions.of("Tenant", "acme", "Environment", "prod")));

        JsonNode document = harness.documents().get(0);
        assertThat(EmfDocuments.dimensionSets(document)).containsExactly(List.of("Service", "Environment"));
        assertThat(document.path("Tenant").asInt()).isEqualTo(1);
        assertThat(harness.warnings).singleElement().asString().contains("'Tenant'");

        Harness dev = Harness.of(b -> b.captureColdStart(false).devMode(true));
        assertThatThrownBy(() -> dev.step.setDefaultDimensions(Dimensions.of("Tenant", "")))
                .isInstanceOf(InvalidMetricException.class).hasMessageContaining("Tenant");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
