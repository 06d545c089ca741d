package dev.lambdaobs.test;

import com.google.protobuf.InvalidProtocolBufferException;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes the body of an OTLP/UDP datagram (after the daemon's header line): {@code T1S} or
 * {@code T1U}, then the base64 of an {@code ExportTraceServiceRequest}.
 */
final class OtlpDatagrams {
    static final String SAMPLED = "T1S";
    static final String UNSAMPLED = "T1U";
    private static final HexFormat HEX = HexFormat.of();

    private OtlpDatagrams() {
    }

    static boolean isOtlp(String body) {
        return body.startsWith(SAMPLED) || body.startsWith(UNSAMPLED);
    }

    /** The request in {@code body}. */
    static ExportTraceServiceRequest request(String body) throws InvalidProtocolBufferException {
        return ExportTraceServiceRequest.parseFrom(Base64.getDecoder().decode(body.substring(3)));
    }

    /** The spans of {@code body}, decoded. */
    static List<ReceivedSpan> spans(String body) throws InvalidProtocolBufferException {
        return spans(request(body), body.startsWith(SAMPLED));
    }

    static List<ReceivedSpan> spans(ExportTraceServiceRequest request, boolean sampled) {
        List<ReceivedSpan> spans = new ArrayList<>();
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            Map<String, Object> resource = attributes(resourceSpans.getResource().getAttributesList());
            for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                for (Span span : scopeSpans.getSpansList()) {
                    spans.add(new ReceivedSpan(
                            HEX.formatHex(span.getTraceId().toByteArray()),
                            HEX.formatHex(span.getSpanId().toByteArray()),
                            HEX.formatHex(span.getParentSpanId().toByteArray()),
                            span.getName(),
                            span.getKind().name(),
                            span.getStartTimeUnixNano(),
                            span.getEndTimeUnixNano(),
                            attributes(span.getAttributesList()),
                            span.getEventsList().stream()
                                    .map(event -> new ReceivedSpan.Event(event.getName(), attributes(event.getAttributesList())))
                                    .toList(),
                            span.getStatus().getCode().name(),
                            resource,
                            scopeSpans.getScope().getName(),
                            sampled,
                            span.getDroppedAttributesCount()));
                }
            }
        }
        return spans;
    }

    private static Map<String, Object> attributes(List<KeyValue> keyValues) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        keyValues.forEach(keyValue -> attributes.put(keyValue.getKey(), value(keyValue.getValue())));
        return attributes;
    }

    private static Object value(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> value.getBoolValue();
            case INT_VALUE -> value.getIntValue();
            case DOUBLE_VALUE -> value.getDoubleValue();
            case ARRAY_VALUE -> value.getArrayValue().getValuesList().stream().map(OtlpDatagrams::value).toList();
            case BYTES_VALUE -> HEX.formatHex(value.getBytesValue().toByteArray());
            case KVLIST_VALUE -> attributes(value.getKvlistValue().getValuesList());
            default -> null;
        };
    }
}
