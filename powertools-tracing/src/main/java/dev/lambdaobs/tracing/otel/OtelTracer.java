package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.invocation.InvocationFacts;
import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import dev.lambdaobs.tracing.Span;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.rules.TraceBudget;
import dev.lambdaobs.tracing.rules.XRayNames;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The OpenTelemetry backend of {@link Tracer}. Our current span is OpenTelemetry's current span
 * ({@link Context#current()}), so OpenTelemetry instrumentation nests under it. A thread with none of
 * our spans current starts under Lambda's function segment, taken from the invocation's trace header:
 * same trace id, that segment as the remote parent, its sampling decision.
 */
final class OtelTracer implements Tracer {
    /** Our span in the OpenTelemetry context, next to (and usually the same as) the current span. */
    static final ContextKey<OtelSpan> CURRENT = ContextKey.named("dev.lambdaobs.tracing.span");

    private final RecordingTracer tracer;
    private final InvocationSpanProcessor processor;
    private final String serviceName;
    private final TraceHeaderLookup traceHeaders;
    private final Diagnostics diagnostics;
    private final AttributeKeys attributeKeys = new AttributeKeys();

    OtelTracer(RecordingTracer tracer, InvocationSpanProcessor processor, String serviceName,
               TraceHeaderLookup traceHeaders, Diagnostics diagnostics) {
        this.tracer = tracer;
        this.processor = processor;
        this.serviceName = serviceName;
        this.traceHeaders = traceHeaders;
        this.diagnostics = diagnostics;
    }

    @Override
    public Span startSpan(String name) {
        try {
            // The nullable accessor: an Optional here would be an allocation per span.
            Invocation invocation = Invocation.currentOrNull();
            OtelSpan parent = Context.current().get(CURRENT);
            if (parent != null && invocation == null) {
                return child(name, parent);
            }
            Optional<TraceHeader> header = header(invocation);
            return parent != null && sameTrace(parent, header) ? child(name, parent) : root(name, header, null);
        } catch (RuntimeException | LinkageError e) {
            diagnostics.failureOnce("tracing.startSpan", e);
            return Span.noop();
        }
    }

    @Override
    public Span startSpan(String name, Invocation invocation) {
        try {
            Optional<TraceHeader> header = invocation.facts().traceHeader();
            OtelSpan parent = Context.current().get(CURRENT);
            if (parent != null && sameTrace(parent, header)) {
                return child(name, parent);
            }
            return root(name, header, invocation);
        } catch (RuntimeException | LinkageError e) {
            diagnostics.failureOnce("tracing.startSpan", e);
            return Span.noop();
        }
    }

    /** The invocation's trace header, else the process' (no lambdas: this runs for every span). */
    private Optional<TraceHeader> header(Invocation invocation) {
        Optional<TraceHeader> own = invocation != null ? invocation.facts().traceHeader() : Optional.empty();
        return own.isPresent() ? own : traceHeaders.find(null);
    }

    private static boolean sameTrace(OtelSpan parent, Optional<TraceHeader> header) {
        return header.isPresent() && header.get().root().equals(parent.trace().header().root());
    }

    private Span root(String name, Optional<TraceHeader> found, Invocation invocation) {
        // Not Optional.map: an Optional per invocation.
        TraceIdentity traceId = found.isPresent() ? TraceIdentity.ofRoot(found.get().root()) : null;
        if (traceId == null || found.get().parent().isEmpty()) {
            diagnostics.warnOnce("tracing.no-trace-header", "no X-Ray trace header with a Root and Parent for this"
                    + " invocation (Context.getXrayTraceId(), _X_AMZN_TRACE_ID, com.amazonaws.xray.traceHeader): not traced");
            return Span.noop();
        }
        TraceHeader header = found.get();
        boolean sampled = header.sampled() == TraceHeader.Sampling.SAMPLED;
        SpanContext lambdaSegment = LambdaSegment.of(traceId, header.parent().get(), sampled);
        RecordingSpanBuilder builder = tracer.spanBuilder(XRayNames.spanName(name)).setParent(lambdaSegment);
        if (invocation != null) {
            invocationAttributes(builder, invocation);
        }
        io.opentelemetry.api.trace.Span span = builder.startSpan();
        InvocationTrace trace = new InvocationTrace(header, traceId.hex(), new TraceBudget(), this);
        boolean recorded = span.isRecording();
        if (recorded) {
            processor.open(trace.traceId());
        }
        return new OtelSpan(span, trace, recorded).attach();
    }

    private static void invocationAttributes(RecordingSpanBuilder builder, Invocation invocation) {
        InvocationFacts facts = invocation.facts();
        builder.setAttribute(OtelAttributes.FAAS_COLDSTART, invocation.coldStart());
        if (!facts.requestId().isEmpty()) {
            builder.setAttribute(OtelAttributes.FAAS_INVOCATION_ID, facts.requestId());
        }
        if (!facts.functionArn().isEmpty()) {
            builder.setAttribute(OtelAttributes.CLOUD_RESOURCE_ID, facts.functionArn());
        }
    }

    private Span child(String name, OtelSpan parent) {
        io.opentelemetry.api.trace.Span span = tracer.spanBuilder(XRayNames.spanName(name))
                .setParent(Context.current())
                .startSpan();
        return new OtelSpan(span, parent.trace(), false).attach();
    }

    @Override
    public Span currentSpan() {
        OtelSpan current = Context.current().get(CURRENT);
        return current == null ? Span.noop() : current.view();
    }

    @Override
    public Optional<String> downstreamTraceHeader() {
        Context context = Context.current();
        OtelSpan ours = context.get(CURRENT);
        if (ours == null) {
            return Optional.empty();
        }
        TraceHeader origin = ours.trace().header();
        SpanContext current = io.opentelemetry.api.trace.Span.fromContext(context).getSpanContext();
        boolean sampled = current.isSampled();
        // An unsampled span is never sent: the invocation's parent stays the parent.
        Optional<String> parent = sampled ? Optional.of(current.getSpanId()) : origin.parent();
        TraceHeader.Sampling sampling = sampled ? TraceHeader.Sampling.SAMPLED : TraceHeader.Sampling.NOT_SAMPLED;
        return Optional.of(new TraceHeader(origin.root(), parent, sampling, origin.others()).toString());
    }

    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public Runnable wrap(Runnable task) {
        Context captured = Context.current();
        Invocation invocation = Invocation.currentOrNull();
        return () -> {
            try (Scope ignored = captured.makeCurrent(); Invocation.Scope scope = bind(invocation)) {
                task.run();
            }
        };
    }

    @Override
    public <T> Callable<T> wrap(Callable<T> task) {
        Context captured = Context.current();
        Invocation invocation = Invocation.currentOrNull();
        return () -> {
            try (Scope ignored = captured.makeCurrent(); Invocation.Scope scope = bind(invocation)) {
                return task.call();
            }
        };
    }

    private static Invocation.Scope bind(Invocation invocation) {
        return invocation == null ? () -> { } : invocation.makeCurrent();
    }

    @Override
    public <T> Optional<T> unwrap(Class<T> type) {
        return type.isInstance(tracer) ? Optional.of(type.cast(tracer)) : Optional.empty();
    }

    /** The invocation's root span ended: its spans are exported now, before the handler returns. */
    void invocationEnded(InvocationTrace trace) {
        processor.close(trace.traceId());
    }

    String serviceName() {
        return serviceName;
    }

    void warnOnce(String key, String message) {
        diagnostics.warnOnce(key, message);
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    AttributeKeys attributeKeys() {
        return attributeKeys;
    }

    void guard(String operation, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | LinkageError e) {
            diagnostics.failureOnce("tracing." + operation, e);
        }
    }
}
