package dev.lambdaobs.tracing;

import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.invocation.TraceHeader;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * A test stand-in for the OpenTelemetry backend of {@link Tracer}, on the real OpenTelemetry SDK with an
 * in-memory exporter: what the downstream instrumentation relies on (the span is OpenTelemetry's current
 * span while current; {@code unwrap} gives the OpenTelemetry tracer; the downstream header names the
 * current span and keeps the invocation's other keys). Spans only, no annotations or metadata.
 */
final class InMemoryOtelTracer implements Tracer {
    final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    private final io.opentelemetry.api.trace.Tracer otel = provider.get("lambdaobs-test");

    List<SpanData> spans() {
        return exporter.getFinishedSpanItems();
    }

    SpanData span(String name) {
        return spans().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span " + name + " in " + spans()));
    }

    @Override
    public Span startSpan(String name) {
        return open(otel.spanBuilder(name).startSpan());
    }

    @Override
    public Span startSpan(String name, Invocation invocation) {
        Optional<TraceHeader> header = invocation.facts().traceHeader();
        if (header.isEmpty() || header.get().parent().isEmpty()) {
            return Span.noop();
        }
        String root = header.get().root();
        SpanContext parent = SpanContext.createFromRemoteParent(root.substring(2, 10) + root.substring(11),
                header.get().parent().get(),
                header.get().sampled() == TraceHeader.Sampling.SAMPLED ? TraceFlags.getSampled() : TraceFlags.getDefault(),
                TraceState.getDefault());
        return open(otel.spanBuilder(name)
                .setParent(Context.root().with(io.opentelemetry.api.trace.Span.wrap(parent))).startSpan());
    }

    private Span open(io.opentelemetry.api.trace.Span span) {
        Scope scope = span.makeCurrent();
        return new Span() {
            @Override public Span annotate(String key, String value) { return this; }
            @Override public Span annotate(String key, Number value) { return this; }
            @Override public Span annotate(String key, boolean value) { return this; }
            @Override public Span metadata(String key, Object value) { return this; }
            @Override public Span metadata(String namespace, String key, Object value) { return this; }
            @Override public Span recordError(Throwable error) { span.recordException(error); return this; }
            @Override public Span markFault() { return this; }
            @Override public boolean isRecording() { return span.isRecording(); }

            @Override
            public void end() {
                span.end();
                scope.close();
            }
        };
    }

    @Override
    public Span currentSpan() {
        return Span.noop();
    }

    @Override
    public Optional<String> downstreamTraceHeader() {
        SpanContext current = io.opentelemetry.api.trace.Span.current().getSpanContext();
        if (!current.isValid()) {
            return Optional.empty();
        }
        String id = current.getTraceId();
        TraceHeader origin = Invocation.current().flatMap(i -> i.facts().traceHeader()).orElse(null);
        return Optional.of(new TraceHeader("1-" + id.substring(0, 8) + "-" + id.substring(8), Optional.of(current.getSpanId()),
                current.isSampled() ? TraceHeader.Sampling.SAMPLED : TraceHeader.Sampling.NOT_SAMPLED,
                origin == null ? java.util.Map.of() : origin.others()).toString());
    }

    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public Runnable wrap(Runnable task) {
        return Context.current().wrap(task);
    }

    @Override
    public <T> Callable<T> wrap(Callable<T> task) {
        return Context.current().wrap(task);
    }

    @Override
    public <T> Optional<T> unwrap(Class<T> type) {
        return type.isInstance(otel) ? Optional.of(type.cast(otel)) : Optional.empty();
    }
}
