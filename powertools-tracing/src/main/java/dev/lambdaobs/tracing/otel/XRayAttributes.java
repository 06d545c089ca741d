package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.tracing.rules.AnnotationRules;
import dev.lambdaobs.tracing.rules.XRayLimits;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.ReadableSpan;
import java.util.List;

/**
 * What {@link OtelSpan}'s annotations and metadata become on the OpenTelemetry span, X-Ray's rules applied first: an annotation
 * is an attribute listed in {@code aws.xray.annotations} (what X-Ray indexes), or metadata once the trace has X-Ray's
 * 50; metadata is an attribute {@code <namespace>.<key>} holding JSON text, replaced by a truncation marker past the
 * attribute or trace budget. The caller guards: these may throw.
 */
final class XRayAttributes {
    private XRayAttributes() {
    }

    /** Sets the annotation {@code key} ({@code value} a String, Boolean or Number); {@code lock} guards the listing. */
    static void annotate(Span span, InvocationTrace trace, Object lock, String key, Object value) {
        OtelTracer tracer = trace.tracer();
        String clean = AnnotationRules.key(key, tracer.diagnostics());
        if (!AnnotationRules.indexed(clean, trace.budget(), tracer.diagnostics())) {
            metadata(span, trace, tracer.serviceName(), clean, JsonText.of(value));
            return;
        }
        AttributeKeys keys = tracer.attributeKeys();
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
        list(span, trace, lock, clean);
    }

    /**
     * Lists {@code clean} in {@code aws.xray.annotations}, set again with each new key: the first set takes the
     * attribute's place before other attributes may reach the limit, and a span with one annotation (the usual
     * case) sets it once. The keys listed so far are the span's attribute, read back (no field for them).
     */
    private static void list(Span span, InvocationTrace trace, Object lock, String clean) {
        synchronized (lock) {
            List<String> current = ((ReadableSpan) span).getAttribute(OtelAttributes.XRAY_ANNOTATIONS);
            if (current != null && current.contains(clean)) {
                return;
            }
            List<String> next;
            if (current == null) {
                next = trace.tracer().attributeKeys().listedAlone(clean);
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

    /** Sets the metadata {@code namespace.key} to {@code json}, or its truncation marker past a limit (reported once). */
    static void metadata(Span span, InvocationTrace trace, String namespace, String key, String json) {
        OtelTracer tracer = trace.tracer();
        int size = Utf8.length(json) + Utf8.length(key) + Utf8.length(namespace);
        AttributeKey<String> attribute = tracer.attributeKeys().metadata(namespace, key);
        if (json.length() <= OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH && trace.budget().claimMetadata(size)) {
            span.setAttribute(attribute, json);
            return;
        }
        int room = Math.min(OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH, trace.budget().metadataBytesLeft());
        String marker = TruncationMarker.of(json, size, room);
        trace.budget().forceMetadata(Utf8.length(marker));
        span.setAttribute(attribute, marker);
        tracer.warnOnce("tracing.metadata-size", "metadata '" + attribute.getKey() + "' has " + size + " bytes; a span"
                + " attribute holds at most " + OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH + " characters and a trace's"
                + " metadata " + XRayLimits.METADATA_BUDGET_BYTES + " bytes, so it was truncated (see its \"truncated\" marker)");
    }
}
