package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.tracing.Span;
import dev.lambdaobs.tracing.rules.AnnotationRules;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;

/**
 * A span over one OpenTelemetry span. Annotations become attributes listed in
 * {@code aws.xray.annotations} (what X-Ray indexes), metadata becomes attributes holding JSON text
 * (unindexed); X-Ray's rules on keys, values and sizes are applied first. Every call is guarded: a span
 * never throws into the code it measures.
 *
 * <p>The span is also the OpenTelemetry {@link Context} that makes it current: it answers OpenTelemetry's span
 * key ({@link SpanKey}) with the OpenTelemetry span and {@link OtelTracer#CURRENT} with this span, and any other key
 * from the context it started in ({@link #base}). No context object besides the span itself: the API's
 * {@code makeCurrent} allocates a context (and its array) that this span replaces.
 */
final class OtelSpan implements Span, Context {
    private final io.opentelemetry.api.trace.Span span;
    private final InvocationTrace trace;
    private final boolean root;
    /** The span that holds the state: this one, or the one this is a {@link #view()} of. */
    private final OtelSpan owner;
    /** The context this span started in, without our spans (and with the OpenTelemetry span only if {@link SpanKey} is unknown). */
    private final Context base;
    private volatile boolean ended;
    private Scope scope;
    private Thread startThread;

    // Fields kept to what a span needs (the tracer is its trace's, the annotations listed are read back from the
    // OpenTelemetry span), so an OtelSpan is 40 bytes. It is also the Context below: no context object besides it.
    OtelSpan(io.opentelemetry.api.trace.Span span, InvocationTrace trace, boolean root) {
        this.span = span;
        this.trace = trace;
        this.root = root;
        this.owner = this;
        Context current = Context.current();
        // Under one of ours, start from its base: our key and the span key are answered by the span itself, never copied.
        Context parent = current instanceof OtelSpan ours ? ours.base : current;
        this.base = SpanKey.KEY != null ? parent : parent.with(span);
    }

    private OtelSpan(OtelSpan owner) {
        this.span = owner.span;
        this.trace = owner.trace;
        this.root = owner.root;
        this.owner = owner;
        this.base = owner.base;
    }

    /** Makes this span current on the calling thread (for our API and OpenTelemetry's) until it ends. */
    OtelSpan attach() {
        startThread = Thread.currentThread();
        scope = makeCurrent();
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V get(ContextKey<V> key) {
        if (key == OtelTracer.CURRENT) {
            return (V) owner;
        }
        return key == SpanKey.KEY ? (V) span : base.get(key);
    }

    @Override
    public <V> Context with(ContextKey<V> key, V value) {
        Context next = base.with(span).with(key, value);
        return key == OtelTracer.CURRENT ? next : next.with(OtelTracer.CURRENT, owner);
    }

    /** The same span for {@code currentSpan()}: annotates it, but its starter ends it. */
    OtelSpan view() {
        return new OtelSpan(owner);
    }

    OtelTracer tracer() {
        return trace.tracer();
    }

    InvocationTrace trace() {
        return trace;
    }

    @Override
    public Span annotate(String key, String value) {
        if (value == null) {
            return this;
        }
        String kept = AnnotationRules.value(key, value, tracer().diagnostics());
        return putAnnotation(key, kept);
    }

    @Override
    public Span annotate(String key, Number value) {
        return value == null ? this : putAnnotation(key, value);
    }

    @Override
    public Span annotate(String key, boolean value) {
        return putAnnotation(key, value);
    }

    // Guarded with try/catch rather than tracer().guard(lambda): a capturing lambda is an allocation per call.
    private Span putAnnotation(String key, Object value) {
        if (!isRecording()) {
            return this;
        }
        try {
            XRayAttributes.annotate(span, trace, owner, key, value);
        } catch (RuntimeException | LinkageError e) {
            tracer().diagnostics().failureOnce("tracing.annotate", e);
        }
        return this;
    }

    @Override
    public Span metadata(String key, Object value) {
        return metadata(tracer().serviceName(), key, value);
    }

    @Override
    public Span metadata(String namespace, String key, Object value) {
        if (isRecording() && namespace != null && key != null) {
            try {
                putMetadata(namespace, key, JsonText.of(value));
            } catch (RuntimeException | LinkageError e) {
                tracer().diagnostics().failureOnce("tracing.metadata", e);
            }
        }
        return this;
    }

    // The primitive forms: the text the Object form writes for the boxed value, made only for a recording span.
    @Override public Span metadata(String key, double value) { return metadata(tracer().serviceName(), key, value); }
    @Override public Span metadata(String key, float value) { return metadata(tracer().serviceName(), key, value); }
    @Override public Span metadata(String key, long value) { return metadata(tracer().serviceName(), key, value); }
    @Override public Span metadata(String key, boolean value) { return metadata(tracer().serviceName(), key, value); }
    @Override public Span metadata(String key, char value) { return metadata(tracer().serviceName(), key, value); }

    @Override
    public Span metadata(String namespace, String key, double value) {
        return isRecording() ? metadataText(namespace, key, JsonText.of(value)) : this;
    }

    @Override
    public Span metadata(String namespace, String key, float value) {
        return isRecording() ? metadataText(namespace, key, JsonText.of(value)) : this;
    }

    @Override
    public Span metadata(String namespace, String key, long value) {
        return isRecording() ? metadataText(namespace, key, JsonText.of(value)) : this;
    }

    @Override
    public Span metadata(String namespace, String key, boolean value) {
        return isRecording() ? metadataText(namespace, key, JsonText.of(value)) : this;
    }

    @Override
    public Span metadata(String namespace, String key, char value) {
        return metadata(namespace, key, (Object) value); // a JSON string; ASCII boxes are cached
    }

    private Span metadataText(String namespace, String key, String json) {
        if (namespace != null && key != null) {
            try {
                putMetadata(namespace, key, json);
            } catch (RuntimeException | LinkageError e) {
                tracer().diagnostics().failureOnce("tracing.metadata", e);
            }
        }
        return this;
    }

    private void putMetadata(String namespace, String key, String json) {
        XRayAttributes.metadata(span, trace, namespace, key, json);
    }

    @Override
    public Span recordError(Throwable error) {
        if (error != null && isRecording()) {
            tracer().guard("recordError", () -> {
                span.recordException(error);
                span.setStatus(StatusCode.ERROR, error.getClass().getName());
            });
        }
        return this;
    }

    @Override
    public Span markFault() {
        if (isRecording()) {
            tracer().guard("markFault", () -> span.setStatus(StatusCode.ERROR));
        }
        return this;
    }

    @Override
    public boolean isRecording() {
        return !owner.ended && span.isRecording();
    }

    @Override
    public void end() {
        if (owner != this || !markEnded()) {
            return;
        }
        try {
            span.end();
        } catch (RuntimeException | LinkageError e) {
            tracer().diagnostics().failureOnce("tracing.end", e);
        }
        if (scope != null && Thread.currentThread() == startThread) {
            scope.close();
        }
        if (root) {
            tracer().invocationEnded(trace);
        }
    }

    /** True the first time only: a span ends once. */
    private synchronized boolean markEnded() {
        if (ended) {
            return false;
        }
        ended = true;
        return true;
    }
}
