package dev.lambdaobs.tracing;

import static dev.lambdaobs.tracing.OtelTracingStepTest.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.TraceHeaders;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The static helpers on both backends: the span current on the calling thread, worker threads, no span at all. */
class TracingUtilsTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** What a handler does with the helpers: its own span, two subsegments, and one on a worker thread. */
    private String handlerBody() throws Exception {
        TracingUtils.putAnnotation("order_id", "o-7");
        TracingUtils.putAnnotation("items", 3);
        TracingUtils.putAnnotation("express", Boolean.TRUE);
        TracingUtils.putMetadata("order", Map.of("amount", 42));
        TracingUtils.putMetadata("billing", "card", "visa");
        TracingUtils.withSubsegment("charge", span -> {
            span.annotate("charged", true);
            TracingUtils.putAnnotation("inner", "yes");
        });
        TracingUtils.withSubsegment("payments", "## refund", span -> span.metadata("reason", "none"));
        pool.submit(TracingUtils.wrap(() -> TracingUtils.withSubsegment("audit",
                span -> TracingUtils.putMetadata("audited", true)))).get();
        return "ok";
    }

    @Test
    void openTelemetryHelpersActOnTheCurrentSpanAndNestSubsegmentsAlsoOnWorkerThreads() throws Exception {
        try (TracingFixture fixture = TracingFixture.otel()) {
            fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), this::handlerBody);

            List<ReceivedSpan> spans = fixture.spans(4);
            ReceivedSpan handler = named(spans, "## handleRequest");
            assertThat(handler.attributes()).containsEntry("order_id", "o-7").containsEntry("items", 3L)
                    .containsEntry("express", true).containsEntry("orders.order", "{\"amount\":42}")
                    .containsKey("billing.card").doesNotContainKey("inner");
            assertThat(String.valueOf(handler.attributes().get("billing.card"))).contains("visa");
            ReceivedSpan charge = named(spans, "## charge");
            assertThat(charge.parentSpanId()).isEqualTo(handler.spanId());
            assertThat(charge.attributes()).containsEntry("charged", true).containsEntry("inner", "yes");
            ReceivedSpan refund = named(spans, "## refund");
            assertThat(refund.parentSpanId()).isEqualTo(handler.spanId());
            assertThat(refund.attributes()).containsKey("payments.reason").doesNotContainKey("orders.reason");
            ReceivedSpan audit = named(spans, "## audit");
            assertThat(audit.parentSpanId()).as("the worker's subsegment nests in the submitting span").isEqualTo(handler.spanId());
            assertThat(audit.attributes()).containsEntry("orders.audited", "true");
            assertThat(fixture.warnings).isEmpty();
        }
    }

    @Test
    void xraySdkHelpersActOnTheCurrentSubsegmentAndNestSubsegmentsAlsoOnWorkerThreads() throws Exception {
        try (TracingFixture fixture = new TracingFixture()) {
            fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), this::handlerBody);

            JsonNode handler = fixture.onlyDocument();
            assertThat(handler.path("name").asText()).isEqualTo("## handleRequest");
            JsonNode annotations = handler.path("annotations");
            assertThat(annotations.path("order_id").asText()).isEqualTo("o-7");
            assertThat(annotations.path("items").asInt()).isEqualTo(3);
            assertThat(annotations.path("express").asBoolean()).isTrue();
            assertThat(annotations.has("inner")).isFalse();
            assertThat(handler.path("metadata").path("orders").path("order").path("amount").asInt()).isEqualTo(42);
            assertThat(handler.path("metadata").path("billing").path("card").asText()).isEqualTo("visa");
            JsonNode charge = subsegment(handler, "## charge");
            assertThat(charge.path("annotations").path("charged").asBoolean()).isTrue();
            assertThat(charge.path("annotations").path("inner").asText()).isEqualTo("yes");
            assertThat(subsegment(handler, "## refund").path("metadata").path("payments").path("reason").asText()).isEqualTo("none");
            assertThat(subsegment(handler, "## audit").path("metadata").path("orders").path("audited").asBoolean())
                    .as("the worker's subsegment nests in the submitting span").isTrue();
            assertThat(fixture.warnings).isEmpty();
        }
    }

    @Test
    void anExceptionInASubsegmentIsRecordedOnItAndReachesTheCallerUnchangedOnBothBackends() {
        IllegalStateException refused = new IllegalStateException("card refused");
        try (TracingFixture otel = TracingFixture.otel(); TracingFixture xray = new TracingFixture()) {
            for (TracingFixture fixture : List.of(otel, xray)) {
                fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> {
                    assertThatThrownBy(() -> TracingUtils.withSubsegment("charge", span -> {
                        throw refused;
                    })).isSameAs(refused);
                    return "handled";
                });
            }
            ReceivedSpan charge = named(otel.spans(2), "## charge");
            assertThat(charge.statusCode()).isEqualTo("STATUS_CODE_ERROR");
            JsonNode xrayCharge = subsegment(xray.onlyDocument(), "## charge");
            assertThat(xrayCharge.path("fault").asBoolean()).isTrue();
            assertThat(xrayCharge.path("cause").path("exceptions").get(0).path("message").asText()).isEqualTo("card refused");
        }
    }

    @Test
    void withoutACurrentSpanTheHelpersDoNothingButTheSubsegmentBodyStillRuns() throws Exception {
        try (TracingFixture otel = TracingFixture.otel(); TracingFixture xray = new TracingFixture()) {
            // Both backends exist in this process, and no invocation is running: nothing is current.
            boolean[] ran = new boolean[2];
            TracingUtils.putAnnotation("late", "x");
            TracingUtils.putMetadata("late", Map.of("a", 1));
            TracingUtils.withSubsegment("late", span -> ran[0] = !span.isRecording());
            pool.submit(() -> TracingUtils.withSubsegment("worker", span -> ran[1] = !span.isRecording())).get();
            assertThat(ran).containsExactly(true, true);
            assertThat(Tracers.current()).isSameAs(Tracer.noop());

            // A real invocation afterwards is the only thing each daemon receives.
            for (TracingFixture fixture : List.of(otel, xray)) {
                fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> "ok");
            }
            assertThat(otel.spans(1)).singleElement().satisfies(span -> {
                assertThat(span.name()).isEqualTo("## handleRequest");
                assertThat(span.attributes()).doesNotContainKey("late");
            });
            assertThat(xray.onlyDocument().path("annotations").has("late")).isFalse();
            assertThat(xray.daemon.rawDocuments()).hasSize(1);
        }
    }

    static JsonNode subsegment(JsonNode parent, String name) {
        return StreamSupport.stream(parent.path("subsegments").spliterator(), false)
                .filter(child -> child.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no subsegment " + name + " in " + parent));
    }
}
