package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.tracing.Span;
import dev.lambdaobs.tracing.rules.AnnotationRules;
import dev.lambdaobs.tracing.rules.XRayLimits;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A span over one OpenTelemetry span. Annotations become attributes listed in
 * {@code aws.xray.annotations} (what X-Ray indexes), metadata becomes attributes holding JSON text
 * (unindexed); X-Ray's rules on keys, values and sizes are applied first. Every call is guarded: a span
 * never throws into the code it measures.
 */
final class OtelSpan implements Span {
    private final OtelTracer tracer;
    private final io.opentelemetry.api.trace.Span span;
    private final InvocationTrace trace;
    private final boolean root;
    private final List<String> annotationKeys;
    private final AtomicBoolean ended;
    private final boolean owned;
    private Scope scope;
    private Thread startThread;

    OtelSpan(OtelTracer tracer, io.opentelemetry.api.trace.Span span, InvocationTrace trace, boolean root) {
        this(tracer, span, trace, root, new ArrayList<>(), new AtomicBoolean(), true);
    }

    private OtelSpan(OtelTracer tracer, io.opentelemetry.api.trace.Span span, InvocationTrace trace, boolean root,
                     List<String> annotationKeys, AtomicBoolean ended, boolean owned) {
        this.tracer = tracer;
        this.span = span;
        this.trace = trace;
        this.root = root;
        this.annotationKeys = annotationKeys;
        this.ended = ended;
        this.owned = owned;
    }

    /** Makes this span current on the calling thread (for our API and OpenTelemetry's) until it ends. */
    OtelSpan attach() {
        startThread = Thread.currentThread();
        scope = Context.current().with(span).with(OtelTracer.CURRENT, this).makeCurrent();
        return this;
    }

    /** The same span for {@code currentSpan()}: annotates it, but its starter ends it. */
    OtelSpan view() {
        return new OtelSpan(tracer, span, trace, root, annotationKeys, ended, false);
    }

    OtelTracer tracer() {
        return tracer;
    }

    InvocationTrace trace() {
        return trace;
    }

    @Override
    public Span annotate(String key, String value) {
        if (value == null) {
            return this;
        }
        String kept = AnnotationRules.value(key, value, tracer.diagnostics());
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

    private Span putAnnotation(String key, Object value) {
        if (!isRecording()) {
            return this;
        }
        tracer.guard("annotate", () -> {
            String clean = AnnotationRules.key(key, tracer.diagnostics());
            if (!AnnotationRules.indexed(clean, trace.budget(), tracer.diagnostics())) {
                putMetadata(tracer.serviceName(), clean, value);
                return;
            }
            if (value instanceof String text) {
                span.setAttribute(clean, text);
            } else if (value instanceof Boolean flag) {
                span.setAttribute(clean, flag);
            } else if (value instanceof Double || value instanceof Float) {
                span.setAttribute(clean, ((Number) value).doubleValue());
            } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                span.setAttribute(clean, ((Number) value).longValue());
            } else {
                span.setAttribute(clean, value.toString());
            }
            synchronized (annotationKeys) {
                if (annotationKeys.isEmpty()) {
                    // Takes the attribute's place now, before other attributes may reach the limit; end() completes it.
                    span.setAttribute(OtelAttributes.XRAY_ANNOTATIONS, List.of(clean));
                }
                if (!annotationKeys.contains(clean)) {
                    annotationKeys.add(clean);
                }
            }
        });
        return this;
    }

    @Override
    public Span metadata(String key, Object value) {
        return metadata(tracer.serviceName(), key, value);
    }

    @Override
    public Span metadata(String namespace, String key, Object value) {
        if (isRecording() && namespace != null && key != null) {
            tracer.guard("metadata", () -> putMetadata(namespace, key, value));
        }
        return this;
    }

    private void putMetadata(String namespace, String key, Object value) {
        String json = JsonText.of(value);
        int size = bytes(json) + bytes(key) + bytes(namespace);
        String attribute = namespace + "." + key;
        if (json.length() <= OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH && trace.budget().claimMetadata(size)) {
            span.setAttribute(attribute, json);
            return;
        }
        int room = Math.min(OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH, trace.budget().metadataBytesLeft());
        String marker = TruncationMarker.of(json, size, room);
        trace.budget().forceMetadata(bytes(marker));
        span.setAttribute(attribute, marker);
        tracer.warnOnce("tracing.metadata-size", "metadata '" + attribute + "' has " + size + " bytes; a span"
                + " attribute holds at most " + OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH + " characters and a trace's"
                + " metadata " + XRayLimits.METADATA_BUDGET_BYTES + " bytes, so it was truncated (see its \"truncated\" marker)");
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public Span recordError(Throwable error) {
        if (error != null && isRecording()) {
            tracer.guard("recordError", () -> {
                span.recordException(error);
                span.setStatus(StatusCode.ERROR, error.getClass().getName());
            });
        }
        return this;
    }

    @Override
    public Span markFault() {
        if (isRecording()) {
            tracer.guard("markFault", () -> span.setStatus(StatusCode.ERROR));
        }
        return this;
    }

    @Override
    public boolean isRecording() {
        return !ended.get() && span.isRecording();
    }

    @Override
    public void end() {
        if (!owned || !ended.compareAndSet(false, true)) {
            return;
        }
        tracer.guard("end", () -> {
            synchronized (annotationKeys) {
                if (!annotationKeys.isEmpty()) {
                    span.setAttribute(OtelAttributes.XRAY_ANNOTATIONS, List.copyOf(annotationKeys));
                }
            }
            span.end();
        });
        if (scope != null && Thread.currentThread() == startThread) {
            scope.close();
        }
        if (root) {
            tracer.invocationEnded(trace);
        }
    }

}
