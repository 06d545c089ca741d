package dev.lambdaobs.tracing.otel;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;

/**
 * Lambda's function segment as the root span's remote parent. Its ids were checked where they were read
 * ({@link TraceIdentity#ofRoot} for the trace id, {@link #of} for the segment id), so it is not built with
 * {@link SpanContext#createFromRemoteParent}, which validates both strings again on every invocation. Ids the
 * API would find invalid (an upper-case or all-zero segment id, an all-zero trace id) still go through it, so
 * they are treated exactly as the API treats them (an invalid parent: the span starts a trace of its own).
 *
 * <pre>{@code
 * SpanContext parent = LambdaSegment.of(TraceIdentity.ofRoot(root), "53995c3f42cd8ad8", true);
 * }</pre>
 */
final class LambdaSegment {
    private LambdaSegment() {
    }

    /**
     * The remote parent {@code spanId} of trace {@code trace}.
     *
     * @param spanId the header's {@code Parent}: 16 lower-case hex digits, not all zero, or the API's own
     *               invalid parent is returned
     */
    static SpanContext of(TraceIdentity trace, String spanId, boolean sampled) {
        long id = spanIdOf(spanId);
        if (id != 0 && !trace.isZero()) {
            return new IdSpanContext(trace, id, sampled, true);
        }
        TraceFlags flags = sampled ? TraceFlags.getSampled() : TraceFlags.getDefault();
        return SpanContext.createFromRemoteParent(trace.hex(), spanId, flags, TraceState.getDefault());
    }

    /** The value of what {@code SpanId.isValid} accepts (16 lower-case hex digits, not all zero), else 0. */
    private static long spanIdOf(String id) {
        if (id.length() != 16) {
            return 0;
        }
        long value = 0;
        for (int i = 0; i < 16; i++) {
            int digit = TraceIdentity.lowerHexDigit(id.charAt(i));
            if (digit < 0) {
                return 0;
            }
            value = value << 4 | digit;
        }
        return value;
    }
}
