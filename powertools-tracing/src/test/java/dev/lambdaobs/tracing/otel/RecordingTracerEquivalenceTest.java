package dev.lambdaobs.tracing.otel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.snapstart.RandomSource;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceId;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.IdGenerator;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanLimits;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Our OpenTelemetry tracer ({@link RecordingTracer}) against the real SDK configured as the otel backend configured
 * it before (parent-based sampling, ids from the same seeded {@link RandomSource}, the same span limits): the same
 * calls give the same OTLP, byte for byte once decoded, ids included; only the exception event's time, read from
 * each one's clock, is set aside.
 */
class RecordingTracerEquivalenceTest {
    private static final String TRACE = "5759e988bd862e3fe1be46a994272793";
    /** One exception for both: its stack trace is that of where it was made. */
    private static final IllegalStateException DECLINED = new IllegalStateException("declined");
    private static final Resource RESOURCE = Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "orders"));

    @Test
    void theSameCallsGiveTheSameOtlpAsTheSdk() throws Exception {
        ExportTraceServiceRequest sdk = decoded(sdkSpans(this::scenario));
        ExportTraceServiceRequest ours = decoded(ourSpans(this::scenario));

        assertThat(ours.getResourceSpans(0).getScopeSpans(0).getSpansCount()).isEqualTo(5);
        assertThat(ours).isEqualTo(sdk);
    }

    @Test
    void edgeCasesOfTheApiGiveTheSameOtlpAsTheSdk() throws Exception {
        ExportTraceServiceRequest sdk = decoded(sdkSpans(this::edges));
        ExportTraceServiceRequest ours = decoded(ourSpans(this::edges));

        assertThat(ours.getResourceSpans(0).getScopeSpans(0).getSpansCount()).isEqualTo(3);
        assertThat(ours.getResourceSpans(0).getScopeSpans(0).getSpans(0).getTraceState()).isEqualTo("vendor=x");
        assertThat(ours).isEqualTo(sdk);
    }

    @Test
    void aRunningSpansAttributesAreReadAsASnapshot() {
        InvocationSpanProcessor processor = new InvocationSpanProcessor(InMemorySpanExporter.create(),
                Diagnostics.to(line -> { }));
        Span span = new RecordingTracer(processor, RESOURCE, ids()).spanBuilder("running").startSpan();
        span.setAttribute("a", 1L);

        Attributes before = ((SpanData) span).getAttributes();
        span.setAttribute("b", 2L);

        assertThat(before.asMap()).containsOnlyKeys(AttributeKey.longKey("a"));
        span.end();
        assertThat(((SpanData) span).getAttributes().asMap()).containsOnlyKeys(AttributeKey.longKey("a"),
                AttributeKey.longKey("b"));
    }

    /**
     * A builder reused for several spans, a parent's trace state, links to an invalid context and past the limit,
     * a list of long strings on an event, and no time unit; returns nothing.
     */
    private Void edges(Tracer tracer) {
        SpanContext lambda = SpanContext.createFromRemoteParent(TRACE, "53995c3f42cd8ad8", TraceFlags.getSampled(),
                TraceState.builder().put("vendor", "x").build());
        Context parent = Context.root().with(Span.wrap(lambda));
        SpanBuilder reused = tracer.spanBuilder("batch").setParent(parent).setStartTimestamp(1_000, TimeUnit.NANOSECONDS);
        reused.setAttribute("first", 1L);
        Span one = reused.startSpan();
        reused.setAttribute("second", 2L);
        Span two = reused.startSpan();
        one.end(2_000, TimeUnit.NANOSECONDS);
        reused.setAttribute("third", 3L);
        two.end(3_000, null);
        SpanBuilder linked = tracer.spanBuilder("linked").setParent(parent).setStartTimestamp(4_000, TimeUnit.NANOSECONDS)
                .addLink(SpanContext.getInvalid(), Attributes.of(AttributeKey.stringKey("why"), "kept"));
        for (int i = 1; i <= OtelLimits.MAX_LINKS_PER_SPAN + 3; i++) {
            linked.addLink(SpanContext.create(TRACE, SpanId.fromLong(i), TraceFlags.getSampled(), TraceState.getDefault()));
        }
        Span span = linked.startSpan();
        span.addEvent("no unit", Attributes.empty(), 5_000, null);
        span.addEvent("list", Attributes.of(AttributeKey.stringArrayKey("k"),
                List.of("z".repeat(OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH + 7))), 5_000, TimeUnit.NANOSECONDS);
        span.end(6_000, TimeUnit.NANOSECONDS);
        return null;
    }

    /** Every kind of call, under Lambda's sampled segment, an unsampled one and no parent; returns nothing. */
    private Void scenario(Tracer tracer) {
        SpanContext lambda = SpanContext.createFromRemoteParent(TRACE, "53995c3f42cd8ad8", TraceFlags.getSampled(),
                TraceState.getDefault());
        Span root = tracer.spanBuilder("## handleRequest").setParent(Context.root().with(Span.wrap(lambda)))
                .setAttribute("faas.coldstart", true).setAttribute("faas.invocation_id", "r-1")
                .setStartTimestamp(1_000, TimeUnit.NANOSECONDS).startSpan();
        try (Scope ignored = root.makeCurrent()) {
            Span child = tracer.spanBuilder("DynamoDb.PutItem").setSpanKind(SpanKind.CLIENT)
                    .addLink(SpanContext.create(TRACE, "0000000000000007", TraceFlags.getSampled(), TraceState.getDefault()),
                            Attributes.of(AttributeKey.longKey("n"), 3L))
                    .setStartTimestamp(2_000, TimeUnit.NANOSECONDS).startSpan();
            child.setAttribute("text", "é").setAttribute("count", 7L).setAttribute("ratio", 0.5)
                    .setAttribute(AttributeKey.stringArrayKey("keys"), List.of("a", "x".repeat(20_000)))
                    .setAttribute("zeta", "last").setAttribute("alpha", "first").setAttribute("text", "replaced")
                    .setAttribute("long", "y".repeat(OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH + 5));
            child.addEvent("retry", Attributes.of(AttributeKey.longKey("attempt"), 2L), 3_000, TimeUnit.NANOSECONDS);
            child.recordException(DECLINED, Attributes.of(AttributeKey.stringKey("extra"), "e"));
            child.setStatus(StatusCode.ERROR, "declined");
            child.setStatus(StatusCode.OK);
            child.updateName("DynamoDb.PutItem!");
            child.end(4_000, TimeUnit.NANOSECONDS);
            Span many = tracer.spanBuilder("many").setStartTimestamp(5_000, TimeUnit.NANOSECONDS).startSpan();
            for (int i = 0; i < OtelLimits.MAX_ATTRIBUTES_PER_SPAN + 10; i++) {
                many.setAttribute("key" + i, (long) i);
            }
            many.setStatus(StatusCode.OK, "ignored");
            many.setStatus(StatusCode.ERROR, "too late");
            many.end(6_000, TimeUnit.NANOSECONDS);
            many.setAttribute("after", "end");
        }
        root.end(7_000, TimeUnit.NANOSECONDS);
        SpanContext unsampled = SpanContext.createFromRemoteParent(TRACE, "53995c3f42cd8ad9", TraceFlags.getDefault(),
                TraceState.getDefault());
        Span dropped = tracer.spanBuilder("unsampled").setParent(Context.root().with(Span.wrap(unsampled))).startSpan();
        assertThat(dropped.isRecording()).isFalse();
        assertThat(dropped.getSpanContext().getTraceId()).isEqualTo(TRACE);
        dropped.end();
        Span alone = tracer.spanBuilder(" ").setNoParent().setStartTimestamp(8_000, TimeUnit.NANOSECONDS).startSpan();
        alone.end(9_000, TimeUnit.NANOSECONDS);
        Span orphan = tracer.spanBuilder("orphan").setParent(Context.root()).setStartTimestamp(10_000, TimeUnit.NANOSECONDS)
                .startSpan();
        orphan.end(11_000, TimeUnit.NANOSECONDS);
        return null;
    }

    private static RandomSource ids() {
        return RandomSource.of(ColdStart.process(), new Random(7)::nextLong);
    }

    private static List<SpanData> sdkSpans(Function<Tracer, Void> scenario) {
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        RandomSource ids = ids();
        SdkTracerProvider provider = SdkTracerProvider.builder().setResource(RESOURCE)
                .setSampler(Sampler.parentBased(Sampler.alwaysOn()))
                .setIdGenerator(new IdGenerator() {
                    @Override
                    public String generateSpanId() {
                        return RandomSource.hex16(ids.nextNonZeroLong());
                    }

                    @Override
                    public String generateTraceId() {
                        return TraceId.fromLongs(ids.nextLong(), ids.nextNonZeroLong());
                    }
                })
                .setSpanLimits(SpanLimits.builder().setMaxNumberOfAttributes(OtelLimits.MAX_ATTRIBUTES_PER_SPAN)
                        .setMaxAttributeValueLength(OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH).build())
                .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
        scenario.apply(provider.get(OtelTracing.SCOPE_NAME));
        return exporter.getFinishedSpanItems();
    }

    private static List<SpanData> ourSpans(Function<Tracer, Void> scenario) {
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        InvocationSpanProcessor processor = new InvocationSpanProcessor(exporter,
                Diagnostics.to(line -> { }));
        scenario.apply(new RecordingTracer(processor, RESOURCE, ids()));
        return exporter.getFinishedSpanItems();
    }

    /** The spans as one OTLP request, decoded; exception event times set to 0 (each tracer reads its own clock). */
    private static ExportTraceServiceRequest decoded(List<SpanData> spans) throws Exception {
        List<byte[]> requests = new ArrayList<>();
        new RequestSplitter(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
                Diagnostics.to(line -> { }))
                .split(spans, (sampled, request, length, count, resource, at) ->
                        requests.add(java.util.Arrays.copyOf(request, length)));
        assertThat(requests).hasSize(1);
        ExportTraceServiceRequest.Builder request = ExportTraceServiceRequest.parseFrom(requests.get(0)).toBuilder();
        for (var span : request.getResourceSpansBuilder(0).getScopeSpansBuilder(0).getSpansBuilderList()) {
            for (var event : span.getEventsBuilderList()) {
                if (event.getName().equals("exception")) {
                    event.setTimeUnixNano(0);
                }
            }
        }
        return request.build();
    }
}
