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
    /** The last resource and scope encoded: a process' spans share one of each, so they are encoded once. */
    private Resource lastResource;
    private byte[] lastResourceBytes;
    private InstrumentationScopeInfo lastScope;
    private byte[] lastScopeBytes;

    /** One {@code Span} message. */
    byte[] span(SpanData span) {
        writeSpan(out.reset(), span, true);
        return out.toByteArray();
    }

    /**
     * The span without its attributes, events and links, marked {@code lambdaobs.truncated}: what is sent
     * when the whole span would not fit in one datagram (or one request).
     */
    byte[] reducedSpan(SpanData span, int originalBytes) {
        ProtoWriter writer = out.reset();
        writeSpan(writer, span, false);
        keyValue(writer, 9, OtelAttributes.TRUNCATED, true);
        keyValue(writer, 9, OtelAttributes.ORIGINAL_BYTES, (long) originalBytes);
        writer.uint64(10, span.getTotalAttributeCount());
        writer.uint64(12, span.getTotalRecordedEvents());
        writer.uint64(14, span.getTotalRecordedLinks());
        return writer.toByteArray();
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

    /** An {@code ExportTraceServiceRequest} of one resource and one scope, as a new array. */
    byte[] request(byte[] resource, byte[] scope, List<byte[]> spans) {
        return writeRequest(resource, scope, spans).toByteArray();
    }

    /**
     * The same request in this encoder's buffer ({@code writer.buffer()[0 .. writer.size())}), valid until
     * the encoder is used again: no copy for a request that is sent at once.
     */
    ProtoWriter writeRequest(byte[] resource, byte[] scope, List<byte[]> spans) {
        ProtoWriter request = out.reset();
        ProtoWriter resourceSpans = request.beginMessage();
        resourceSpans.bytes(1, resource, 0, resource.length);
        ProtoWriter scopeSpans = resourceSpans.beginMessage();
        scopeSpans.bytes(1, scope, 0, scope.length);
        for (byte[] span : spans) {
            scopeSpans.bytes(2, span, 0, span.length);
        }
        resourceSpans.endMessage(2, scopeSpans);
        request.endMessage(1, resourceSpans);
        return request;
    }

    /** The size {@link #request} will have, given the sizes of its parts ({@code spanFields}: the spans' fields). */
    static int requestSize(int resourceBytes, int scopeBytes, int spanFields) {
        int scopeSpans = ProtoWriter.fieldSize(scopeBytes) + spanFields;
        int resourceSpans = ProtoWriter.fieldSize(resourceBytes) + ProtoWriter.fieldSize(scopeSpans);
        return ProtoWriter.fieldSize(resourceSpans);
    }

    private void writeSpan(ProtoWriter writer, SpanData span, boolean withDetails) {
        SpanContext context = span.getSpanContext();
        writer.bytes(1, context.getTraceIdBytes(), 0, 16);
        writer.bytes(2, context.getSpanIdBytes(), 0, 8);
        writer.string(3, context.getTraceState().isEmpty() ? null : w3cTraceState(context));
        SpanContext parent = span.getParentSpanContext();
        if (parent.isValid()) {
            writer.bytes(4, parent.getSpanIdBytes(), 0, 8);
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
                message.bytes(1, link.getSpanContext().getTraceIdBytes(), 0, 16);
                message.bytes(2, link.getSpanContext().getSpanIdBytes(), 0, 8);
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
        attributes.forEach((key, value) -> keyValue(writer, field, key, value));
    }

    private static void keyValue(ProtoWriter writer, int field, AttributeKey<?> key, Object value) {
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
            byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            writer.bytes(1, utf8, 0, utf8.length);
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
