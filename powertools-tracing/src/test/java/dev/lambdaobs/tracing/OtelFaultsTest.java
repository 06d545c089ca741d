package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.RefusingPort;
import dev.lambdaobs.test.TraceHeaders;
import dev.lambdaobs.tracing.otel.OtelTracing;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input and faults on the otel backend: the handler's outcome never changes, each problem is reported once. */
class OtelFaultsTest {
    /** The datagram size limit of the UDP exporter ({@code OtelLimits.MAX_DATAGRAM_BYTES}). */
    private static final int MAX_DATAGRAM_BYTES = 64 * 1024 - 1024;

    @Test
    void noDaemonListeningLosesTheSpansButNotTheResult() throws Exception {
        // Held for the test, answered ICMP port unreachable as if unbound: no daemon beside can take it meanwhile.
        try (RefusingPort noDaemon = RefusingPort.udp();
             TracingFixture fixture = TracingFixture.otel(env -> env.xrayDaemon(noDaemon.address()))) {
            Observability observability = fixture.observability();
            for (int i = 0; i < 3; i++) {
                assertThat(observability.call("e", context(), () -> "ok")).isEqualTo("ok");
            }
            assertThat(fixture.warnings).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void aGarbageDaemonAddressIsReportedOnceNamingTheVariable() {
        try (TracingFixture fixture = TracingFixture.otel(env -> env.xrayDaemon("udp:nowhere tcp"))) {
            assertThat(fixture.observability().call("e", context(), () -> "ok")).isEqualTo("ok");
            assertThat(fixture.observability().call("e", context(), () -> "ok")).isEqualTo("ok");
            assertThat(fixture.warnings).singleElement().asString()
                    .contains("AWS_XRAY_DAEMON_ADDRESS='udp:nowhere tcp' is invalid").contains("using 127.0.0.1:2000");
        }
    }

    @Test
    void aMalformedTraceHeaderIsReportedOnceAndNotTraced() {
        try (TracingFixture fixture = TracingFixture.otel()) {
            Observability observability = fixture.observability();
            for (int i = 0; i < 2; i++) {
                assertThat(observability.call("e", FakeContext.builder().xrayTraceId("Root=garbage;Parent=zz;Sampled=1").build(),
                        () -> "ok")).isEqualTo("ok");
            }
            observability.call("e", context(), () -> "sentinel");
            assertThat(fixture.spans(1)).singleElement().extracting(ReceivedSpan::name).isEqualTo("## handleRequest");
            assertThat(fixture.warnings).singleElement().asString().contains("no X-Ray trace header");
        }
    }

    @Test
    void tenThousandAttributesKeepFiftyIndexedAnnotationsAndTheAttributeLimitEachReportedOnce() {
        try (TracingFixture fixture = TracingFixture.otel()) {
            fixture.observability().call("e", context(), () -> {
                for (int i = 0; i < 10_000; i++) {
                    fixture.tracer.currentSpan().annotate("key_" + i, i);
                }
                return "ok";
            });

            ReceivedSpan span = fixture.spans(1).get(0);
            assertThat(span.annotationKeys()).hasSize(50).contains("ColdStart", "Service", "key_0", "key_47");
            assertThat(span.attributes()).containsEntry("key_47", 47L).containsEntry("orders.key_48", "48");
            assertThat(span.attributes()).hasSizeLessThanOrEqualTo(128);
            assertThat(span.droppedAttributes()).isPositive();
            assertThat(fixture.warnings).filteredOn(w -> w.contains("X-Ray indexes 50 annotations")).hasSize(1);
            assertThat(fixture.warnings).filteredOn(w -> w.contains("attributes; 128 are kept per span")).hasSize(1);
            assertThat(fixture.daemon.rawDatagrams()).allSatisfy(d -> assertThat(bytes(d)).isLessThanOrEqualTo(MAX_DATAGRAM_BYTES));
        }
    }

    @Test
    void aOneMegabyteValueIsCutAtTheDocumentedLimits() {
        String huge = "x".repeat(1_000_000);
        try (TracingFixture fixture = TracingFixture.otel()) {
            fixture.observability().call("e", context(), () -> {
                fixture.tracer.currentSpan().annotate("big", huge).metadata("body", huge);
                io.opentelemetry.api.trace.Span.current().setAttribute("raw", huge);
                return "ok";
            });

            ReceivedSpan span = fixture.spans(1).get(0);
            assertThat((String) span.attributes().get("big")).hasSize(1_000);
            assertThat((String) span.attributes().get("raw")).hasSize(16 * 1024);
            assertThat((String) span.attributes().get("orders.body"))
                    .startsWith("{\"truncated\":true,\"original_bytes\":1000").contains("\"preview\":\"\\\"xxx");
            assertThat(fixture.warnings).hasSize(2).anySatisfy(w -> assertThat(w).contains("X-Ray keeps 1000"))
                    .anySatisfy(w -> assertThat(w).contains("so it was truncated"));
        }
    }

    @Test
    void aSpanTooLargeForADatagramIsSentWithoutItsAttributesAndReported() {
        String value = "y".repeat(16 * 1024);
        try (TracingFixture fixture = TracingFixture.otel()) {
            fixture.observability().call("e", context(), () -> fixture.tracer.trace("## wide", () -> {
                for (int i = 0; i < 10; i++) {
                    io.opentelemetry.api.trace.Span.current().setAttribute("a" + i, value);
                }
                return "ok";
            }));

            List<ReceivedSpan> spans = fixture.spans(2);
            ReceivedSpan wide = OtelTracingStepTest.named(spans, "## wide");
            assertThat(wide.attributes()).containsEntry("lambdaobs.truncated", true).doesNotContainKey("a0");
            assertThat((Long) wide.attributes().get("lambdaobs.original_bytes")).isGreaterThan(160_000L);
            assertThat(fixture.warnings).singleElement().asString().contains("span '## wide' encodes to");
        }
    }

    @Test
    void tenThousandSpansInOneInvocationAreAllSentInDatagramsUnderTheLimit() {
        try (TracingFixture fixture = TracingFixture.otel()) {
            fixture.observability().call("e", context(), () -> {
                for (int i = 0; i < 10_000; i++) {
                    fixture.tracer.trace("## item", () -> "x");
                }
                return "ok";
            });

            List<ReceivedSpan> spans = fixture.spans(10_001);
            assertThat(spans).hasSize(10_001).extracting(ReceivedSpan::traceId).containsOnly(spans.get(0).traceId());
            assertThat(fixture.daemon.rawDatagrams()).hasSizeGreaterThan(1)
                    .allSatisfy(d -> assertThat(bytes(d)).isLessThanOrEqualTo(MAX_DATAGRAM_BYTES));
            assertThat(fixture.warnings).isEmpty();
        }
    }

    @Test
    void anExporterThatThrowsIsReportedOnceAndChangesNoOutcome() {
        IllegalStateException failure = new IllegalStateException("handler failed");
        try (TracingFixture fixture = TracingFixture.otel()) {
            Tracer tracer = OtelTracing.tracer(fixture.tracingConfig, TraceHeaderLookup.system(), new ThrowingExporter());
            Observability observability = fixture.observability(step -> step.tracer(tracer));

            assertThat(observability.call("e", context(), () -> "ok")).isEqualTo("ok");
            assertThatThrownBy(() -> observability.call("e", context(), () -> {
                throw failure;
            })).isSameAs(failure);
            assertThat(fixture.warnings).singleElement().asString()
                    .contains("tracing.export failed").contains("exporter down");
        }
    }

    @Test
    void aHandlerThatLeavesItsThreadInterruptedKeepsItsSpansAndItsInterruptStatus() {
        try (TracingFixture fixture = TracingFixture.otel()) {
            Observability observability = fixture.observability();
            try {
                for (int i = 0; i < 3; i++) {
                    assertThat(observability.call("e", context(), () -> {
                        Thread.currentThread().interrupt();
                        return "ok";
                    })).isEqualTo("ok");
                    assertThat(Thread.currentThread().isInterrupted()).as("the handler's interrupt status is kept").isTrue();
                }
            } finally {
                Thread.interrupted();
            }
            observability.call("e", context(), () -> "after");

            assertThat(fixture.spans(4)).hasSize(4).allSatisfy(span -> assertThat(span.name()).isEqualTo("## handleRequest"));
            assertThat(fixture.warnings).isEmpty();
        }
    }

    private static FakeContext context() {
        return FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build();
    }

    private static int bytes(String datagram) {
        return datagram.getBytes(StandardCharsets.UTF_8).length;
    }

    private static final class ThrowingExporter implements SpanExporter {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            throw new IllegalStateException("exporter down");
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
