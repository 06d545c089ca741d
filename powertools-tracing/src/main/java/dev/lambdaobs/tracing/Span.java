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
 *     span.metadata("amount", order.amount()); // a double: no box
 *     charge(order);
 * }
 * }</pre>
 *
 * <p>The {@code metadata} overloads for primitives record exactly what the {@code Object} form records for the boxed
 * value; they only spare the caller the box. There is one per primitive whose JSON the widening of another would
 * change ({@code float}, {@code char}); {@code int}, {@code short} and {@code byte} go to {@code long}, with the same text.
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

    /**
     * {@link #metadata(String, Object)} of a {@code double}, without boxing it.
     *
     * <pre>{@code
     * span.metadata("total", 42.5); // metadata orders.total = 42.5
     * }</pre>
     */
    Span metadata(String key, double value);

    /** {@link #metadata(String, Object)} of a {@code float}, without boxing it (its text is the float's, not a double's). */
    Span metadata(String key, float value);

    /** {@link #metadata(String, Object)} of a {@code long} (or an {@code int}, {@code short}, {@code byte}), without boxing it. */
    Span metadata(String key, long value);

    /** {@link #metadata(String, Object)} of a {@code boolean}, without boxing it. */
    Span metadata(String key, boolean value);

    /** {@link #metadata(String, Object)} of a {@code char} (a JSON string of one character). */
    Span metadata(String key, char value);

    /** {@link #metadata(String, String, Object)} of a {@code double}, without boxing it. */
    Span metadata(String namespace, String key, double value);

    /** {@link #metadata(String, String, Object)} of a {@code float}, without boxing it. */
    Span metadata(String namespace, String key, float value);

    /** {@link #metadata(String, String, Object)} of a {@code long}, without boxing it. */
    Span metadata(String namespace, String key, long value);

    /** {@link #metadata(String, String, Object)} of a {@code boolean}, without boxing it. */
    Span metadata(String namespace, String key, boolean value);

    /** {@link #metadata(String, String, Object)} of a {@code char}. */
    Span metadata(String namespace, String key, char value);

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
