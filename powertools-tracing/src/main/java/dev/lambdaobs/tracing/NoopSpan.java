package dev.lambdaobs.tracing;

/** The span of a disabled tracer or an untraced invocation. */
final class NoopSpan implements Span {
    static final NoopSpan INSTANCE = new NoopSpan();

    private NoopSpan() {
    }

    @Override public Span annotate(String key, String value) { return this; }
    @Override public Span annotate(String key, Number value) { return this; }
    @Override public Span annotate(String key, boolean value) { return this; }
    @Override public Span metadata(String key, Object value) { return this; }
    @Override public Span metadata(String namespace, String key, Object value) { return this; }
    @Override public Span metadata(String key, double value) { return this; }
    @Override public Span metadata(String key, float value) { return this; }
    @Override public Span metadata(String key, long value) { return this; }
    @Override public Span metadata(String key, boolean value) { return this; }
    @Override public Span metadata(String key, char value) { return this; }
    @Override public Span metadata(String namespace, String key, double value) { return this; }
    @Override public Span metadata(String namespace, String key, float value) { return this; }
    @Override public Span metadata(String namespace, String key, long value) { return this; }
    @Override public Span metadata(String namespace, String key, boolean value) { return this; }
    @Override public Span metadata(String namespace, String key, char value) { return this; }
    @Override public Span recordError(Throwable error) { return this; }
    @Override public Span markFault() { return this; }
    @Override public boolean isRecording() { return false; }
    @Override public void end() { }
}
