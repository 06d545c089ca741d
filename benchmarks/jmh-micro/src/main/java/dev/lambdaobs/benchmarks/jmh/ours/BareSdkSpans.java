package dev.lambdaobs.benchmarks.jmh.ours;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanLimits;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenTelemetry SDK used directly, as lean as an application could: {@link SpanAllocationBenchmark}'s
 * spans with the same names, parents and attributes as our backend gives them, each child made current while
 * it runs, the ended spans' data collected on the invocation's thread and handed to the exporter when the root
 * ends. What this allocates per span is what the SDK forces.
 */
final class BareSdkSpans {
    private static final AttributeKey<String> ORDER_ID = AttributeKey.stringKey("OrderId");
    private static final AttributeKey<String> QUOTE = AttributeKey.stringKey("orders.quote");
    private static final AttributeKey<List<String>> ANNOTATIONS = AttributeKey.stringArrayKey("aws.xray.annotations");
    private static final List<String> ORDER_ID_LISTED = List.of("OrderId");

    private final io.opentelemetry.api.trace.Tracer tracer;
    private final Collector collector;

    BareSdkSpans(SpanExporter exporter) {
        collector = new Collector(exporter);
        tracer = SdkTracerProvider.builder()
                .setSampler(Sampler.parentBased(Sampler.alwaysOn()))
                .setSpanLimits(SpanLimits.builder().setMaxNumberOfAttributes(1_000).setMaxAttributeValueLength(65_536).build())
                .addSpanProcessor(collector)
                .build()
                .get("bare");
    }

    /**
     * One invocation under the X-Ray header {@code traceHeader} ({@code Root=1-...;Parent=...;Sampled=1}); the
     * first child records {@code quote} (unless NaN) as the JSON text our metadata writes, made here as it is
     * there; {@code annotate} sets {@code OrderId} and its listing on each child.
     */
    void invocation(String traceHeader, int childSpans, boolean annotate, double quote) {
        String traceId = traceHeader.substring(7, 15) + traceHeader.substring(16, 40);
        String parentId = traceHeader.substring(48, 64);
        SpanContext lambda = SpanContext.createFromRemoteParent(traceId, parentId, TraceFlags.getSampled(), TraceState.getDefault());
        Span root = tracer.spanBuilder("## handleRequest").setParent(Context.root().with(Span.wrap(lambda))).startSpan();
        try (Scope rootScope = root.makeCurrent()) {
            for (int c = 0; c < childSpans; c++) {
                Span child = tracer.spanBuilder("price").startSpan();
                try (Scope childScope = child.makeCurrent()) {
                    if (annotate) {
                        child.setAttribute(ORDER_ID, "o-42");
                        child.setAttribute(ANNOTATIONS, ORDER_ID_LISTED);
                    }
                    if (c == 0 && !Double.isNaN(quote)) {
                        child.setAttribute(QUOTE, Double.toString(quote));
                    }
                } finally {
                    child.end();
                }
            }
        } finally {
            root.end();
        }
    }

    /** Collects ended spans; exports them when a root span (one with a remote parent) ends. */
    private static final class Collector implements SpanProcessor {
        private final SpanExporter exporter;
        private final List<SpanData> ended = new ArrayList<>();

        Collector(SpanExporter exporter) {
            this.exporter = exporter;
        }

        @Override
        public void onStart(Context parentContext, ReadWriteSpan span) {
        }

        @Override
        public boolean isStartRequired() {
            return false;
        }

        @Override
        public void onEnd(ReadableSpan span) {
            ended.add(span.toSpanData());
            if (span.getParentSpanContext().isRemote()) {
                exporter.export(ended);
                ended.clear();
            }
        }

        @Override
        public boolean isEndRequired() {
            return true;
        }
    }
}
