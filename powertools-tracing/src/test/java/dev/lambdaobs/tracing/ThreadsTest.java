package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.TraceHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThreadsTest {
    private final TracingFixture fixture = new TracingFixture();
    private final Tracer tracer = fixture.tracer;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        fixture.close();
    }

    @Test
    void workHandedToAnExecutorStaysInTheInvocationsTraceAndSeesItsInvocation() throws Exception {
        String requestId = "req-threads";
        fixture.observability().call("e", FakeContext.builder().requestId(requestId).xrayTraceId(TraceHeaders.sampled()).build(),
                () -> {
                    Future<String> seen = pool.submit(tracer.wrap(() -> tracer.trace("## audit", () -> {
                        tracer.currentSpan().annotate("worker", Thread.currentThread().getName());
                        return Invocation.current().map(i -> i.facts().requestId()).orElse("none");
                    })));
                    CompletableFuture.runAsync(() -> tracer.trace("## notify", () -> 1), tracer.wrap(pool)).join();
                    assertThat(seen.get()).isEqualTo(requestId);
                    return "done";
                });

        JsonNode handler = fixture.onlyDocument();
        List<String> children = new ArrayList<>();
        handler.path("subsegments").forEach(child -> children.add(child.path("name").asText()));
        assertThat(children).containsExactlyInAnyOrder("## audit", "## notify");
        JsonNode audit = null;
        for (JsonNode child : handler.path("subsegments")) {
            if (child.path("name").asText().equals("## audit")) {
                audit = child;
            }
        }
        // The two tasks run concurrently, so the children's order is not fixed: look the audit span up by name.
        assertThat(audit).isNotNull();
        assertThat(audit.path("annotations").path("worker").asText()).startsWith("pool-");
    }

    @Test
    void aWrappedTaskLeavesThePoolThreadAsItFoundIt() throws Exception {
        fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                () -> pool.submit(tracer.wrap(() -> "in trace")).get());
        Future<String> later = pool.submit(() -> tracer.currentSpan().isRecording() + "/" + Invocation.current().isPresent());
        assertThat(later.get()).isEqualTo("false/false");
    }

    @Test
    void thirtyTwoConcurrentInvocationsEachGetTheirOwnTraceAndAnnotations() throws Exception {
        Observability observability = fixture.observability();
        ExecutorService invokers = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, String> headers = new java.util.concurrent.ConcurrentHashMap<>();
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String requestId = "req-" + i;
            String header = TraceHeaders.sampled();
            headers.put(TraceHeader.parse(header).orElseThrow().root(), requestId);
            results.add(invokers.submit(() -> {
                start.await();
                return observability.call("e", FakeContext.builder().requestId(requestId).xrayTraceId(header).build(),
                        () -> tracer.trace("## work", () -> {
                            tracer.currentSpan().annotate("request", requestId);
                            return requestId;
                        }));
            }));
        }
        start.countDown();
        for (int i = 0; i < 32; i++) {
            assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("req-" + i);
        }
        invokers.shutdown();

        Map<String, JsonNode> byTrace = fixture.documents(32).stream()
                .collect(Collectors.toMap(doc -> doc.path("trace_id").asText(), Function.identity()));
        assertThat(byTrace).hasSize(32);
        byTrace.forEach((traceId, doc) -> {
            String requestId = headers.get(traceId);
            assertThat(doc.path("subsegments")).hasSize(1);
            assertThat(doc.path("subsegments").get(0).path("annotations").path("request").asText()).isEqualTo(requestId);
            assertThat(doc.path("metadata").path("orders").path("handleRequest response").asText()).isEqualTo(requestId);
        });
        assertThat(byTrace.values()).filteredOn(doc -> doc.path("annotations").path("ColdStart").asBoolean()).hasSize(1);
        assertThat(fixture.warnings).isEmpty();
    }
}
