package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.tracing.Span;
import dev.lambdaobs.tracing.rules.AnnotationRules;
import dev.lambdaobs.tracing.rules.XRayLimits;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.ReadableSpan;
import java.util.List;

/**
 * A span over one OpenTelemetry span. Annotations become attributes listed in
 * {@code aws.xray.annotations} (what X-Ray indexes), metadata becomes attributes holding JSON text
 * (unindexed); X-Ray's rules on keys, values and sizes are applied first. Every call is guarded: a span
 * never throws into the code it measures.
 *
 * <p>The span is also the OpenTelemetry {@link Context} that makes it current: it answers OpenTelemetry's span
 * key ({@link SpanKey}) with the SDK span and {@link OtelTracer#CURRENT} with this span, and any other key from the
 * context it started in ({@link #base}). No context object besides the span itself: the bare SDK's
 * {@code makeCurrent} allocates a context (and its array) that this span replaces.
 */
final class OtelSpan implements Span, Context {
    private final io.opentelemetry.api.trace.Span span;
    private final InvocationTrace trace;
    private final boolean root;
    /** The span that holds the state: this one, or the one this is a {@link #view()} of. */
    private final OtelSpan owner;
    /** The context this span started in, without our spans (and with the SDK span only if {@link SpanKey} is unknown). */
    private final Context base;
    private volatile boolean ended;
    private Scope scope;
    private Thread startThread;

    // Fields kept to what a span needs (the tracer is its trace's, the annotations listed are read back from the
    // SDK span), so an OtelSpan is 40 bytes. It is also the Context below: no context object besides it.
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
            String clean = AnnotationRules.key(key, tracer().diagnostics());
            if (!AnnotationRules.indexed(clean, trace.budget(), tracer().diagnostics())) {
                putMetadata(tracer().serviceName(), clean, JsonText.of(value));
                return this;
            }
            AttributeKeys keys = tracer().attributeKeys();
            if (value instanceof String text) {
                span.setAttribute(keys.string(clean), text);
            } else if (value instanceof Boolean flag) {
                span.setAttribute(keys.bool(clean), flag);
            } else if (value instanceof Double || value instanceof Float) {
                span.setAttribute(keys.number(clean), ((Number) value).doubleValue());
            } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                span.setAttribute(keys.integer(clean), ((Number) value).longValue());
            } else {
                span.setAttribute(keys.string(clean), value.toString());
            }
            list(clean);
        } catch (RuntimeException | LinkageError e) {
            tracer().diagnostics().failureOnce("tracing.annotate", e);
        }
        return this;
    }

    /**
     * Lists {@code clean} in {@code aws.xray.annotations}, set again with each new key: the first set takes the
     * attribute's place before other attributes may reach the limit, and a span with one annotation (the usual
     * case) sets it once. The keys listed so far are the SDK span's attribute, read back (no field for them).
     */
    private void list(String clean) {
        synchronized (owner) {
            List<String> current = ((ReadableSpan) span).getAttribute(OtelAttributes.XRAY_ANNOTATIONS);
            if (current != null && current.contains(clean)) {
                return;
            }
            List<String> next;
            if (current == null) {
                next = tracer().attributeKeys().listedAlone(clean);
            } else if (current.size() == 1) {
                next = List.of(current.get(0), clean); // the usual second key (ColdStart, Service): one small list, no array
            } else {
                String[] keys = current.toArray(new String[current.size() + 1]);
                keys[current.size()] = clean;
                next = List.of(keys);
            }
            span.setAttribute(OtelAttributes.XRAY_ANNOTATIONS, next);
        }
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
        int size = Utf8.length(json) + Utf8.length(key) + Utf8.length(namespace);
        AttributeKey<String> attribute = tracer().attributeKeys().metadata(namespace, key);
        if (json.length() <= OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH && trace.budget().claimMetadata(size)) {
            span.setAttribute(attribute, json);
            return;
        }
        int room = Math.min(OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH, trace.budget().metadataBytesLeft());
        String marker = TruncationMarker.of(json, size, room);
        trace.budget().forceMetadata(Utf8.length(marker));
        span.setAttribute(attribute, marker);
        tracer().warnOnce("tracing.metadata-size", "metadata '" + attribute.getKey() + "' has " + size + " bytes; a span"
                + " attribute holds at most " + OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH + " characters and a trace's"
                + " metadata " + XRayLimits.METADATA_BUDGET_BYTES + " bytes, so it was truncated (see its \"truncated\" marker)");
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
