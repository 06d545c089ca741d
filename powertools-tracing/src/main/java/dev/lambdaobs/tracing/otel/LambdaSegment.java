package dev.lambdaobs.tracing.otel;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import java.util.Objects;

/**
 * Lambda's function segment as the root span's remote parent. Its ids were checked where they were read
 * ({@link InvocationTrace#traceIdOf} for the trace id, {@link #of} for the segment id), so it is not built with {@link SpanContext#createFromRemoteParent}, which validates both strings
 * again on every invocation. Ids the API would find invalid (an upper-case or all-zero segment id, an
 * all-zero trace id) still go through it, so the SDK treats them exactly as before.
 */
final class LambdaSegment implements SpanContext {
    private final String traceId;
    private final String spanId;
    private final TraceFlags flags;

    private LambdaSegment(String traceId, String spanId, TraceFlags flags) {
        this.traceId = traceId;
        this.spanId = spanId;
        this.flags = flags;
    }

    /**
     * The remote parent {@code spanId} of trace {@code traceId}.
     *
     * @param traceId 32 lower-case hex digits ({@link InvocationTrace#traceIdOf})
     * @param spanId  the header's {@code Parent}: 16 lower-case hex digits, not all zero, or the API's own
     *                invalid parent is returned
     */
    static SpanContext of(String traceId, String spanId, boolean sampled) {
        TraceFlags flags = sampled ? TraceFlags.getSampled() : TraceFlags.getDefault();
        return isSpanId(spanId) && !allZero(traceId)
                ? new LambdaSegment(traceId, spanId, flags)
                : SpanContext.createFromRemoteParent(traceId, spanId, flags, TraceState.getDefault());
    }

    /** What {@code SpanId.isValid} accepts: 16 lower-case hex digits, not all zero. */
    private static boolean isSpanId(String id) {
        if (id.length() != 16) {
            return false;
        }
        boolean zero = true;
        for (int i = 0; i < 16; i++) {
            char c = id.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
            zero &= c == '0';
        }
        return !zero;
    }

    private static boolean allZero(String hex) {
        for (int i = 0; i < hex.length(); i++) {
            if (hex.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String getTraceId() {
        return traceId;
    }

    @Override
    public String getSpanId() {
        return spanId;
    }

    @Override
    public TraceFlags getTraceFlags() {
        return flags;
    }

    @Override
    public TraceState getTraceState() {
        return TraceState.getDefault();
    }

    @Override
    public boolean isValid() {
        return true;
    }

    @Override
    public boolean isRemote() {
        return true;
    }

    /** Equal to any span context with the same ids, flags, state and remoteness, as the API's own are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SpanContext that && traceId.equals(that.getTraceId()) && spanId.equals(that.getSpanId())
                && flags.equals(that.getTraceFlags()) && that.getTraceState().equals(TraceState.getDefault()) && that.isRemote();
    }

    @Override
    public int hashCode() {
        return Objects.hash(traceId, spanId, flags, TraceState.getDefault(), true);
    }

    @Override
    public String toString() {
        return "LambdaSegment{traceId=" + traceId + ", spanId=" + spanId + ", flags=" + flags.asHex() + "}";
    }
}
