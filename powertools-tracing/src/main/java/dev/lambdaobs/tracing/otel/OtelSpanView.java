package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.tracing.Span;

/**
 * Our current span as {@code tracer.currentSpan()} gives it: annotations, metadata and errors go to the span,
 * but only the code that started it ends it, so {@link #end()} does nothing here. A class of its own so that
 * {@link OtelSpan} carries no field for it.
 *
 * <pre>{@code
 * tracer.currentSpan().annotate("OrderId", orderId); // the handler's span, still open afterwards
 * }</pre>
 */
final class OtelSpanView implements Span {
    private final OtelSpan span;

    OtelSpanView(OtelSpan span) {
        this.span = span;
    }

    @Override
    public Span annotate(String key, String value) {
        span.annotate(key, value);
        return this;
    }

    @Override
    public Span annotate(String key, Number value) {
        span.annotate(key, value);
        return this;
    }

    @Override
    public Span annotate(String key, boolean value) {
        span.annotate(key, value);
        return this;
    }

    @Override
    public Span metadata(String key, Object value) {
        span.metadata(key, value);
        return this;
    }

    @Override
    public Span metadata(String namespace, String key, Object value) {
        span.metadata(namespace, key, value);
        return this;
    }

    @Override
    public Span recordError(Throwable error) {
        span.recordError(error);
        return this;
    }

    @Override
    public Span markFault() {
        span.markFault();
        return this;
    }

    @Override
    public boolean isRecording() {
        return span.isRecording();
    }

    @Override
    public void end() {
        // The starter's to end: a view only annotates.
    }
}
