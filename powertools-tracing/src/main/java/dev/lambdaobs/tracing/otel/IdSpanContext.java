package dev.lambdaobs.tracing.otel;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import java.util.Objects;

/**
 * The context of one of our spans, or of Lambda's function segment ({@link LambdaSegment}): ids held as longs
 * (the trace's shared with its other spans), the span id's hex made only when asked. The API's own
 * {@link SpanContext#create} takes hex strings and validates them, and OTLP wants the bytes back: here
 * {@link OtlpTraceEncoder} writes the bytes straight from the longs. Always valid: ids are checked (or drawn
 * non-zero) before one is made. Immutable; the lazily made hex is the same string whichever thread makes it.
 *
 * <pre>{@code
 * SpanContext context = new IdSpanContext(trace, 42L, true, false);
 * context.getSpanId(); // "000000000000002a"
 * }</pre>
 */
final class IdSpanContext implements SpanContext {
    private final TraceIdentity trace;
    private final long spanId;
    private final boolean sampled;
    private final boolean remote;
    private final TraceState state;
    private String spanHex;

    IdSpanContext(TraceIdentity trace, long spanId, boolean sampled, boolean remote) {
        this(trace, spanId, sampled, remote, TraceState.getDefault());
    }

    /** With the trace state a child takes from its parent (W3C {@code tracestate}), as the SDK passes it on. */
    IdSpanContext(TraceIdentity trace, long spanId, boolean sampled, boolean remote, TraceState state) {
        this.trace = trace;
        this.spanId = spanId;
        this.sampled = sampled;
        this.remote = remote;
        this.state = state;
    }

    TraceIdentity trace() {
        return trace;
    }

    long spanIdLong() {
        return spanId;
    }

    @Override
    public String getTraceId() {
        return trace.hex();
    }

    @Override
    public String getSpanId() {
        String hex = spanHex;
        if (hex == null) {
            hex = SpanId.fromLong(spanId);
            spanHex = hex;
        }
        return hex;
    }

    @Override
    public boolean isSampled() {
        return sampled;
    }

    @Override
    public TraceFlags getTraceFlags() {
        return sampled ? TraceFlags.getSampled() : TraceFlags.getDefault();
    }

    @Override
    public TraceState getTraceState() {
        return state;
    }

    @Override
    public boolean isValid() {
        return true;
    }

    @Override
    public boolean isRemote() {
        return remote;
    }

    /** Equal to any span context with the same ids, flags, state and remoteness, as the API's own are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SpanContext that && getTraceId().equals(that.getTraceId())
                && getSpanId().equals(that.getSpanId()) && getTraceFlags().equals(that.getTraceFlags())
                && state.equals(that.getTraceState()) && remote == that.isRemote();
    }

    @Override
    public int hashCode() {
        return Objects.hash(getTraceId(), getSpanId(), getTraceFlags(), state, remote);
    }

    @Override
    public String toString() {
        return "IdSpanContext{traceId=" + getTraceId() + ", spanId=" + getSpanId() + ", flags="
                + getTraceFlags().asHex() + ", remote=" + remote + "}";
    }
}
