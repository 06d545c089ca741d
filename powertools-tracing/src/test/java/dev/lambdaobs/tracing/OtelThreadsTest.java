package dev.lambdaobs.tracing;

import static dev.lambdaobs.tracing.OtelTracingStepTest.named;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.TraceHeaders;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Worker threads, OpenTelemetry's own context and API, and concurrent invocations on the otel backend. */
class OtelThreadsTest {
    private final TracingFixture fixture = TracingFixture.otel();
    private final Tracer tracer = fixture.tracer;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        fixture.close();
    }

    @Test
    void wrappedWorkIsInTheTraceWithOurSpanAsOpenTelemetrysCurrentSpan() throws Exception {
        String[] otelCurrent = new String[2];
        fixture.observability().call("e", FakeContext.builder().requestId("req-w").xrayTraceId(TraceHeaders.sampled()).build(),
                () -> {
                    otelCurrent[0] = io.opentelemetry.api.trace.Span.current().getSpanContext().getSpanId();
                    Future<String> seen = pool.submit(tracer.wrap(() -> tracer.trace("## audit", () -> {
                        otelCurrent[1] = io.opentelemetry.api.trace.Span.current().getSpanContext().getSpanId();
                        return Invocation.current().map(i -> i.facts().requestId()).orElse("none");
                    })));
                    CompletableFuture.runAsync(() -> tracer.trace("## notify", () -> 1), tracer.wrap(pool)).join();
                    assertThat(seen.get()).isEqualTo("req-w");
                    return "done";
                });

        List<ReceivedSpan> spans = fixture.spans(3);
        ReceivedSpan handler = named(spans, "## handleRequest");
        assertThat(named(spans, "## audit").parentSpanId()).isEqualTo(handler.spanId());
        assertThat(named(spans, "## notify").parentSpanId()).isEqualTo(handler.spanId());
        assertThat(otelCurrent[0]).isEqualTo(handler.spanId());
        assertThat(otelCurrent[1]).isEqualTo(named(spans, "## audit").spanId());
        assertThat(Context.current()).isSameAs(Context.root());
    }

    @Test
    void spansOfTheUnwrappedOpenTelemetryTracerNestAndAreExportedWithOurs() {
        io.opentelemetry.api.trace.Tracer otel = tracer.unwrap(io.opentelemetry.api.trace.Tracer.class).orElseThrow();
        String[] header = new String[1];
        fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> {
            io.opentelemetry.api.trace.Span client = otel.spanBuilder("DynamoDB.GetItem").setSpanKind(SpanKind.CLIENT)
                    .setAttribute("rpc.system", "aws-api").startSpan();
            try (io.opentelemetry.context.Scope ignored = client.makeCurrent()) {
                header[0] = tracer.downstreamTraceHeader().orElseThrow();
            } finally {
                client.end();
            }
            return "ok";
        });

        List<ReceivedSpan> spans = fixture.spans(2);
        ReceivedSpan client = named(spans, "DynamoDB.GetItem");
        assertThat(client.kind()).isEqualTo("SPAN_KIND_CLIENT");
        assertThat(client.parentSpanId()).isEqualTo(named(spans, "## handleRequest").spanId());
        assertThat(header[0]).contains(";Parent=" + client.spanId() + ";Sampled=1;Lineage=a87bd80c:1");
        assertThat(fixture.daemon.rawDatagrams()).hasSize(1);
    }

    @Test
    void otherCodesContextEntriesUnderOurSpanKeepItCurrentForBothApis() {
        ContextKey<String> tenant = ContextKey.named("tenant");
        String[] seen = new String[4];
        fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> {
            try (io.opentelemetry.context.Scope ignored = Context.current().with(tenant, "t-1").makeCurrent()) {
                tracer.currentSpan().annotate("Tenant", Context.current().get(tenant));
                seen[0] = io.opentelemetry.api.trace.Span.current().getSpanContext().getSpanId();
                tracer.trace("## nested", () -> {
                    seen[1] = Context.current().get(tenant);
                    seen[2] = io.opentelemetry.api.trace.Span.current().getSpanContext().getSpanId();
                    return 1;
                });
            }
            seen[3] = String.valueOf(Context.current().get(tenant));
            return "ok";
        });

        List<ReceivedSpan> spans = fixture.spans(2);
        ReceivedSpan handler = named(spans, "## handleRequest");
        ReceivedSpan nested = named(spans, "## nested");
        assertThat(handler.attributes()).containsEntry("Tenant", "t-1");
        assertThat(handler.annotationKeys()).contains("Tenant");
        assertThat(seen[0]).isEqualTo(handler.spanId());
        assertThat(nested.parentSpanId()).isEqualTo(handler.spanId());
        assertThat(seen[1]).as("a nested span keeps the entries of the context it started in").isEqualTo("t-1");
        assertThat(seen[2]).isEqualTo(nested.spanId());
        assertThat(seen[3]).isEqualTo("null");
        assertThat(Context.current()).isSameAs(Context.root());
    }

    @Test
    void thirtyTwoConcurrentInvocationsWithDistinctHeadersNeverMixTheirSpans() throws Exception {
        int invocations = 32;
        Observability observability = fixture.observability();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(invocations);
        Map<String, String> rootByRequest = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            for (int i = 0; i < invocations; i++) {
                String requestId = "req-" + i;
                String header = TraceHeaders.sampled();
                rootByRequest.put(requestId, TraceHeader.parse(header).orElseThrow().root());
                results.add(callers.submit(() -> {
                    start.await();
                    return observability.call("e", FakeContext.builder().requestId(requestId).xrayTraceId(header).build(),
                            () -> tracer.trace("## step", () -> {
                                tracer.currentSpan().annotate("request", requestId);
                                return pool.submit(tracer.wrap(() -> tracer.trace("## worker", () -> {
                                    tracer.currentSpan().annotate("request", requestId);
                                    return requestId;
                                }))).get();
                            }));
                }));
            }
            start.countDown();
            for (int i = 0; i < invocations; i++) {
                assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("req-" + i);
            }
        } finally {
            callers.shutdownNow();
        }

        List<ReceivedSpan> spans = fixture.spans(invocations * 3);
        Map<String, List<ReceivedSpan>> byTrace = spans.stream().collect(Collectors.groupingBy(ReceivedSpan::xrayTraceId));
        assertThat(byTrace).hasSize(invocations);
        rootByRequest.forEach((requestId, root) -> {
            List<ReceivedSpan> trace = byTrace.get(root);
            assertThat(trace).as(requestId).hasSize(3);
            ReceivedSpan handler = named(trace, "## handleRequest");
            ReceivedSpan step = named(trace, "## step");
            ReceivedSpan worker = named(trace, "## worker");
            assertThat(handler.attributes()).containsEntry("faas.invocation_id", requestId);
            assertThat(step.parentSpanId()).isEqualTo(handler.spanId());
            assertThat(worker.parentSpanId()).isEqualTo(step.spanId());
            assertThat(step.attributes()).containsEntry("request", requestId);
            assertThat(worker.attributes()).containsEntry("request", requestId);
        });
        assertThat(fixture.daemon.rawDatagrams()).as("each invocation is flushed in one datagram").hasSize(invocations);
        assertThat(fixture.warnings).isEmpty();
    }
}
