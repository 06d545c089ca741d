package dev.lambdaobs.test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One span the daemon stand-in received over OTLP/UDP, decoded: ids in hex, attribute values as
 * {@code String}, {@code Boolean}, {@code Long}, {@code Double} or {@code List} of those.
 *
 * <pre>{@code
 * ReceivedSpan span = daemon.awaitSpans(1, Duration.ofSeconds(5)).get(0);
 * assertThat(span.xrayTraceId()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
 * assertThat(span.attributes()).containsEntry("ColdStart", true);
 * }</pre>
 *
 * @param traceId      32 hex digits
 * @param spanId       16 hex digits
 * @param parentSpanId 16 hex digits, empty for a trace's first span
 * @param name         the span name
 * @param kind         {@code SPAN_KIND_INTERNAL}, {@code SPAN_KIND_SERVER}, {@code SPAN_KIND_CLIENT}, ...
 * @param startNanos   start, epoch nanoseconds
 * @param endNanos     end, epoch nanoseconds
 * @param attributes   the span's attributes, in order
 * @param events       the span's events (such as {@code exception})
 * @param statusCode   {@code STATUS_CODE_UNSET}, {@code STATUS_CODE_OK} or {@code STATUS_CODE_ERROR}
 * @param resource     the resource's attributes (service.name, cloud.region, ...)
 * @param scope        the instrumentation scope's name
 * @param sampled      true when the datagram said {@code T1S}, false for {@code T1U}
 * @param droppedAttributes how many attributes the sender dropped
 */
public record ReceivedSpan(
        String traceId,
        String spanId,
        String parentSpanId,
        String name,
        String kind,
        long startNanos,
        long endNanos,
        Map<String, Object> attributes,
        List<Event> events,
        String statusCode,
        Map<String, Object> resource,
        String scope,
        boolean sampled,
        int droppedAttributes) {

    /** A span event. */
    public record Event(String name, Map<String, Object> attributes) {
    }

    /** The trace id in X-Ray's form: {@code 1-<8 hex>-<24 hex>}. */
    public String xrayTraceId() {
        return "1-" + traceId.substring(0, 8) + "-" + traceId.substring(8);
    }

    /** An attribute's value, when present. */
    public Optional<Object> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    /** The keys X-Ray indexes as annotations ({@code aws.xray.annotations}). */
    @SuppressWarnings("unchecked")
    public List<String> annotationKeys() {
        Object keys = attributes.get("aws.xray.annotations");
        return keys instanceof List<?> list ? (List<String>) list : List.of();
    }
}
