package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.core.snapstart.RandomSource;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.InstrumentationScopeInfo;
import io.opentelemetry.sdk.resources.Resource;

/**
 * Our implementation of OpenTelemetry's tracer API, in place of the SDK's tracer provider: the spans the SDK's
 * provider made with our configuration (parent-based sampling that always samples a root, ids from a
 * {@link RandomSource}, the span limits of {@link OtelLimits}), each handed to the {@link InvocationSpanProcessor}
 * as {@code SpanData} when it ends. Measured cheaper per span than the SDK (benchmarks/DIAGNOSIS.md, issue 15): ids
 * are longs, a span context makes its hex only when asked, attributes live in one small array, and an ended span is
 * its own span data. Safe under concurrent invocations.
 *
 * <pre>{@code
 * Tracer otel = new RecordingTracer(processor, resource, RandomSource.of(ColdStart.process()));
 * Span span = otel.spanBuilder("charge").startSpan();
 * }</pre>
 */
final class RecordingTracer implements Tracer {
    private final InvocationSpanProcessor processor;
    private final Resource resource;
    private final RandomSource ids;
    private final InstrumentationScopeInfo scope = InstrumentationScopeInfo.create(OtelTracing.SCOPE_NAME);

    RecordingTracer(InvocationSpanProcessor processor, Resource resource, RandomSource ids) {
        this.processor = processor;
        this.resource = resource;
        this.ids = ids;
    }

    @Override
    public RecordingSpanBuilder spanBuilder(String spanName) {
        return new RecordingSpanBuilder(this, spanName);
    }

    RandomSource ids() {
        return ids;
    }

    void ended(RecordingSpan span) {
        processor.onEnd(span);
    }

    Resource resource() {
        return resource;
    }

    InstrumentationScopeInfo scope() {
        return scope;
    }
}
