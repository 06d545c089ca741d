package dev.lambdaobs.tracing.otel;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.StatusData;

/**
 * Loads the OpenTelemetry classes every invocation's first span needs that public API reaches without a
 * span (the context storage, found through a {@code ServiceLoader}; span contexts, trace flags and state; the
 * span key; the SDK's status and result code), and ours that need no tracer (trace ids, span contexts,
 * attributes, the span clock), where the tracer is built: on the background start-up thread, so the invocation's
 * thread finds them loaded. It starts no span, draws no id and leaves the calling thread's context as it found it.
 * (Our span and span builder load with the first span.)
 *
 * <pre>{@code
 * FirstSpanWarmUp.run();
 * }</pre>
 */
final class FirstSpanWarmUp {
    /** Any valid ids: validating them loads what validating Lambda's ids would. */
    private static final String TRACE_ID = "6a0000000000000000000000000000a1";
    private static final String SPAN_ID = "00000000000000a1";

    private FirstSpanWarmUp() {
    }

    static void run() {
        SpanContext parent = SpanContext.createFromRemoteParent(TRACE_ID, SPAN_ID, TraceFlags.getSampled(),
                TraceState.getDefault());
        Context context = Context.current().with(Span.wrap(parent));
        try (Scope ignored = context.makeCurrent()) {
            Span.current().getSpanContext().isValid();
        }
        SpanKind.values();
        StatusCode.values();
        StatusData.unset();
        CompletableResultCode.ofSuccess();
        TraceIdentity trace = TraceIdentity.ofRoot("1-6a000000-0000000000000000000000a1");
        LambdaSegment.of(trace, SPAN_ID, true).getSpanId();
        new SpanAttributes(1, 1).put(OtelAttributes.FAAS_COLDSTART, true);
        SpanClock.anchored().now();
    }
}
