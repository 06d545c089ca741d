package dev.lambdaobs.tracing;

/**
 * One timed unit of work in a trace (an OpenTelemetry span or an X-Ray subsegment). Annotations are indexed for search;
 * metadata is any JSON value, shown with the trace. No method throws: a value X-Ray would reject is
 * fixed (sanitized key, truncated value) and reported once.
 *
 * <pre>{@code
 * try (Span span = tracer.startSpan("charge card")) {
 *     span.annotate("order_id", order.id());
 *     span.metadata("order", order);
 *     charge(order);
 * }
 * }</pre>
 */
public interface Span extends AutoCloseable {

    /** A span that records nothing. */
    static Span noop() {
        return NoopSpan.INSTANCE;
    }

    /** Adds a searchable string annotation. */
    Span annotate(String key, String value);

    /** Adds a searchable number annotation. */
    Span annotate(String key, Number value);

    /** Adds a searchable boolean annotation. */
    Span annotate(String key, boolean value);

    /** Adds metadata under the service's namespace; {@code value} becomes JSON. */
    Span metadata(String key, Object value);

    /** Adds metadata under {@code namespace}. */
    Span metadata(String namespace, String key, Object value);

    /** Marks the span as failed ({@code fault}) and records the exception with its stack ({@code cause}). */
    Span recordError(Throwable error);

    /** Marks the span as failed without recording the exception itself. */
    Span markFault();

    /** True when this span's data is sent (the trace is sampled). */
    boolean isRecording();

    /** Ends the span; further calls are ignored. */
    void end();

    /** Same as {@link #end()}, for try-with-resources. */
    @Override
    default void close() {
        end();
    }
}
