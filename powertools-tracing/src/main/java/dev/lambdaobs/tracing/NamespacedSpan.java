package dev.lambdaobs.tracing;

/**
 * A span whose {@code metadata(key, value)} goes under a namespace of its own instead of the service's:
 * what {@code TracingUtils.withSubsegment(namespace, name, body)} hands its body. Everything else is the span's.
 */
final class NamespacedSpan implements Span {
    private final Span span;
    private final String namespace;

    NamespacedSpan(Span span, String namespace) {
        this.span = span;
        this.namespace = namespace;
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
        span.metadata(namespace, key, value);
        return this;
    }

    @Override
    public Span metadata(String namespace, String key, Object value) {
        span.metadata(namespace, key, value);
        return this;
    }

    @Override
    public Span metadata(String key, double value) {
        span.metadata(namespace, key, value);
        return this;
    }

    @Override
    public Span metadata(String key, float value) {
        span.metadata(namespace, key, value);
        return this;
    }

    @Override
    public Span metadata(String key, long value) {
        span.metadata(namespace, key, value);
        return this;
    }

    @Override
    public Span metadata(String key, boolean value) {
        span.metadata(namespace, key, value);
        return this;
    }

    @Override
    public Span metadata(String key, char value) {
        span.metadata(namespace, key, value);
        return this;
    }

    @Override
    public Span metadata(String namespace, String key, double value) {
        span.metadata(namespace, key, value);
        return this;
    }

    @Override
    public Span metadata(String namespace, String key, float value) {
        span.metadata(namespace, key, value);
        return this;
    }

    @Override
    public Span metadata(String namespace, String key, long value) {
        span.metadata(namespace, key, value);
        return this;
    }

    @Override
    public Span metadata(String namespace, String key, boolean value) {
        span.metadata(namespace, key, value);
        return this;
    }

    @Override
    public Span metadata(String namespace, String key, char value) {
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
        span.end();
    }
}
