package dev.lambdaobs.tracing.otel;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.common.InstrumentationScopeInfo;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;

/**
 * Writes OTLP trace messages ({@code opentelemetry/proto/trace/v1/trace.proto} and the collector's
 * {@code ExportTraceServiceRequest}) without a protobuf runtime: the SDK's own OTLP marshaler lives in the
 * exporter modules, which bring OkHttp or gRPC. Field numbers are OTLP 1.x's. Not thread-safe: one
 * encoder per exporting thread.
 *
 * @see <a href="https://github.com/open-telemetry/opentelemetry-proto/blob/main/opentelemetry/proto/trace/v1/trace.proto">trace.proto</a>
 */
final class OtlpTraceEncoder {
    /** {@code SpanFlags}: bit 8 says whether bit 9 (the parent is remote) is known. */
    private static final int HAS_IS_REMOTE = 0x100;
    private static final int IS_REMOTE = 0x200;

    private final ProtoWriter out = new ProtoWriter();
    /** The last span encoded, then the span fields of the request being filled: both reused for every span. */
    private final ProtoWriter span = new ProtoWriter();
    private final ProtoWriter spans = new ProtoWriter();
    /** The last resource and scope encoded: a process' spans share one of each, so they are encoded once. */
    private Resource lastResource;
    private byte[] lastResourceBytes;
    private InstrumentationScopeInfo lastScope;
    private byte[] lastScopeBytes;
    /** Where the last {@link #request} holds its resource message. */
    private int resourceAt;

    /** One {@code Span} message, in this encoder's span buffer: valid until the next span is encoded. */
    ProtoWriter span(SpanData data) {
        writeSpan(span.reset(), data, true);
        return span;
    }

    /**
     * The span without its attributes, events and links, marked {@code lambdaobs.truncated}: what is sent
     * when the whole span would not fit in one datagram (or one request). In the span buffer, as {@link #span}.
     */
    ProtoWriter reducedSpan(SpanData data, int originalBytes) {
        ProtoWriter writer = span.reset();
        writeSpan(writer, data, false);
        keyValue(writer, 9, OtelAttributes.TRUNCATED, true);
        keyValue(writer, 9, OtelAttributes.ORIGINAL_BYTES, (long) originalBytes);
        writer.uint64(10, data.getTotalAttributeCount());
        writer.uint64(12, data.getTotalRecordedEvents());
        writer.uint64(14, data.getTotalRecordedLinks());
        return writer;
    }

    /**
     * The {@code spans} fields of the request being filled, emptied: {@link #addSpan} appends to it and
     * {@link #request} sends it.
     */
    ProtoWriter emptySpans() {
        return spans.reset();
    }

    /** Appends the span last encoded ({@link #span} or {@link #reducedSpan}) to the request being filled. */
    void addSpan() {
        spans.bytes(2, span.buffer(), 0, span.size());
    }

    /** A {@code Resource} message (not to be changed: it may be returned again). */
    byte[] resource(Resource resource) {
        if (resource != lastResource) {
            ProtoWriter writer = out.reset();
            attributes(writer, 1, resource.getAttributes());
            lastResourceBytes = writer.toByteArray();
            lastResource = resource;
        }
        return lastResourceBytes;
    }

    /** An {@code InstrumentationScope} message (not to be changed: it may be returned again). */
    byte[] scope(InstrumentationScopeInfo scope) {
        if (scope != lastScope) {
            ProtoWriter writer = out.reset();
            writer.string(1, scope.getName());
            writer.string(2, scope.getVersion());
            attributes(writer, 3, scope.getAttributes());
            lastScopeBytes = writer.toByteArray();
            lastScope = scope;
        }
        return lastScopeBytes;
    }

    /**
     * The {@code ExportTraceServiceRequest} of one resource, one scope and the spans added since
     * {@link #emptySpans}, in this encoder's buffer ({@code request.buffer()[0 .. request.size())}), valid until
     * the encoder is used again: the spans are copied once, into the request, and sent from there.
     */
    ProtoWriter request(byte[] resource, byte[] scope) {
        int scopeSpans = ProtoWriter.fieldSize(scope.length) + spans.size();
        int resourceSpans = ProtoWriter.fieldSize(resource.length) + ProtoWriter.fieldSize(scopeSpans);
        ProtoWriter request = out.reset();
        request.lengthPrefix(1, resourceSpans);
        request.lengthPrefix(1, resource.length);
        resourceAt = request.size();
        request.raw(resource, 0, resource.length);
        request.lengthPrefix(2, scopeSpans);
        request.bytes(1, scope, 0, scope.length);
        request.raw(spans.buffer(), 0, spans.size());
        return request;
    }

    /** Where the last {@link #request}'s buffer holds the resource message it was given. */
    int resourceAt() {
        return resourceAt;
    }

    /** The size {@link #request} will have, given the sizes of its parts ({@code spanFields}: the spans' fields). */
    static int requestSize(int resourceBytes, int scopeBytes, int spanFields) {
        int scopeSpans = ProtoWriter.fieldSize(scopeBytes) + spanFields;
        int resourceSpans = ProtoWriter.fieldSize(resourceBytes) + ProtoWriter.fieldSize(scopeSpans);
        return ProtoWriter.fieldSize(resourceSpans);
    }

    private void writeSpan(ProtoWriter writer, SpanData span, boolean withDetails) {
        SpanContext context = span.getSpanContext();
        if (context instanceof IdSpanContext ids) {
            // Our spans: the ids' bytes straight from their longs, no hex made or read.
            writer.id(1, ids.trace().high(), ids.trace().low());
            writer.id(2, ids.spanIdLong());
        } else {
            writer.hex(1, context.getTraceId());
            writer.hex(2, context.getSpanId());
        }
        writer.string(3, context.getTraceState().isEmpty() ? null : w3cTraceState(context));
        SpanContext parent = span.getParentSpanContext();
        if (parent instanceof IdSpanContext ids) {
            writer.id(4, ids.spanIdLong());
        } else if (parent.isValid()) {
            writer.hex(4, parent.getSpanId());
        }
        writer.string(5, span.getName());
        writer.uint64(6, span.getKind().ordinal() + 1L);
        writer.fixed64(7, span.getStartEpochNanos());
        writer.fixed64(8, span.getEndEpochNanos());
        if (withDetails) {
            attributes(writer, 9, span.getAttributes());
            writer.uint64(10, span.getTotalAttributeCount() - span.getAttributes().size());
            for (EventData event : span.getEvents()) {
                ProtoWriter message = writer.beginMessage();
                message.fixed64(1, event.getEpochNanos());
                message.string(2, event.getName());
                attributes(message, 3, event.getAttributes());
                message.uint64(4, event.getTotalAttributeCount() - event.getAttributes().size());
                writer.endMessage(11, message);
            }
            writer.uint64(12, span.getTotalRecordedEvents() - span.getEvents().size());
            for (LinkData link : span.getLinks()) {
                ProtoWriter message = writer.beginMessage();
                message.hex(1, link.getSpanContext().getTraceId());
                message.hex(2, link.getSpanContext().getSpanId());
                attributes(message, 4, link.getAttributes());
                writer.endMessage(13, message);
            }
            writer.uint64(14, span.getTotalRecordedLinks() - span.getLinks().size());
        }
        if (span.getStatus().getStatusCode() != StatusCode.UNSET) {
            ProtoWriter status = writer.beginMessage();
            status.string(2, span.getStatus().getDescription());
            status.uint64(3, span.getStatus().getStatusCode() == StatusCode.OK ? 1 : 2);
            writer.endMessage(15, status);
        }
        writer.fixed32(16, (context.getTraceFlags().asByte() & 0xFF) | HAS_IS_REMOTE
                | (parent.isValid() && parent.isRemote() ? IS_REMOTE : 0));
    }

    private static String w3cTraceState(SpanContext context) {
        StringBuilder out = new StringBuilder();
        context.getTraceState().forEach((key, value) ->
                out.append(out.length() == 0 ? "" : ",").append(key).append('=').append(value));
        return out.toString();
    }

    private static void attributes(ProtoWriter writer, int field, Attributes attributes) {
        if (attributes instanceof SpanAttributes ours) {
            // Our spans' attributes: read in place, no capturing lambda per span.
            for (int i = 0; i < ours.size(); i++) {
                keyValue(writer, field, ours.keyAt(i), ours.valueAt(i));
            }
            return;
        }
        attributes.forEach((key, value) -> keyValue(writer, field, key, value));
    }

    private static void keyValue(ProtoWriter writer, int field, AttributeKey<?> key, Object value) {
        if (value instanceof String text && writer.asciiStringKeyValue(field, key.getKey(), text)) {
            return;
        }
        ProtoWriter keyValue = writer.beginMessage();
        keyValue.string(1, key.getKey());
        ProtoWriter anyValue = keyValue.beginMessage();
        anyValue(anyValue, value);
        keyValue.endMessage(2, anyValue);
        writer.endMessage(field, keyValue);
    }

    /** One {@code AnyValue}: its oneof member, written even when zero or empty. */
    private static void anyValue(ProtoWriter writer, Object value) {
        if (value instanceof String text) {
            writer.stringAlways(1, text);
        } else if (value instanceof Boolean flag) {
            writer.bool(2, flag);
        } else if (value instanceof Long || value instanceof Integer) {
            writer.int64Always(3, ((Number) value).longValue());
        } else if (value instanceof Double number) {
            writer.doubleAlways(4, number);
        } else if (value instanceof List<?> items) {
            ProtoWriter array = writer.beginMessage();
            for (Object item : items) {
                ProtoWriter element = array.beginMessage();
                anyValue(element, item);
                array.endMessage(1, element);
            }
            writer.endMessage(5, array);
        } else {
            anyValue(writer, String.valueOf(value));
        }
    }
}
