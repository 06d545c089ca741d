package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.test.FakeContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Lambda Managed Instances: many invocations at once in one environment, each flushing its own metrics. */
class ConcurrencyTest {
    private static final int THREADS = 32;

    @Test
    void thirtyTwoConcurrentInvocationsEachFlushOnlyTheirOwnMetrics() throws Exception {
        Harness harness = Harness.standard();
        CyclicBarrier allInFlight = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int n = i;
                results.add(pool.submit(() -> harness.invoke("event", FakeContext.builder().requestId("req-" + n).build(), () -> {
                    MetricsRecorder metrics = MetricsRecorder.current();
                    metrics.add("Orders", n, MetricUnit.COUNT).dimension("worker", "w" + n).metadata("n", n);
                    allInFlight.await(10, TimeUnit.SECONDS);
                    metrics.add("Orders", n + 1000, MetricUnit.COUNT);
                    return null;
                })));
            }
            for (Future<Object> result : results) {
                result.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<JsonNode> documents = harness.userDocuments();
        assertThat(documents).hasSize(THREADS);
        for (JsonNode document : documents) {
            int n = document.path("n").asInt();
            assertThat(document.path("function_request_id").asText()).isEqualTo("req-" + n);
            assertThat(document.path("worker").asText()).isEqualTo("w" + n);
            assertThat(document.path("Orders").toString()).isEqualTo("[" + (double) n + "," + (double) (n + 1000) + "]");
        }
        assertThat(documents).extracting(d -> d.path("n").asInt()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(0, THREADS).boxed().toList());
        assertThat(EmfDocuments.withMetric(harness.documents(), "ColdStart")).as("one environment, one cold start").hasSize(1);
    }

    @Test
    void metricsRecordedOnWorkerThreadsOfTheInvocationAreWritten() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            harness.invoke("event", () -> {
                java.util.concurrent.Executor workers = dev.lambdaobs.core.invocation.Invocation.wrap(pool);
                java.util.List<java.util.concurrent.CompletableFuture<Void>> done = new java.util.ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    int n = i;
                    done.add(java.util.concurrent.CompletableFuture.runAsync(
                            () -> MetricsRecorder.current().add("Worker" + n, 1, MetricUnit.COUNT), workers));
                }
                done.forEach(java.util.concurrent.CompletableFuture::join);
                return null;
            });
        } finally {
            pool.shutdownNow();
        }

        assertThat(EmfDocuments.metricNames(harness.documents().get(0)))
                .containsExactlyInAnyOrder("Worker0", "Worker1", "Worker2", "Worker3", "Worker4");
    }
}
