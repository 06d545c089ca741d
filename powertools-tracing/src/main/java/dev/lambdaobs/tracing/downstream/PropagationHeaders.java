package dev.lambdaobs.tracing.downstream;

import dev.lambdaobs.core.invocation.TraceHeader;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Map;
import java.util.Optional;

/**
 * The trace headers a downstream call carries, both naming the same trace and the same parent span:
 * {@code X-Amzn-Trace-Id} (X-Ray) and {@code traceparent} (W3C). Keys of the invocation's X-Ray header
 * other than Root, Parent and Sampled, such as {@code Lineage} (Lambda's recursive-loop detection), are
 * carried unchanged.
 *
 * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-concepts.html#xray-concepts-tracingheader">X-Ray tracing header</a>
 * @see <a href="https://www.w3.org/TR/trace-context/#traceparent-header">W3C traceparent</a>
 */
final class PropagationHeaders {
    static final String XRAY = "X-Amzn-Trace-Id";
    static final String W3C = "traceparent";
    /** X-Ray's trace id version, and where its 8-hex-digit epoch part ends in the 32 hex digits. */
    private static final String XRAY_ID_VERSION = "1-";
    private static final int EPOCH_HEX_DIGITS = 8;
    private static final int XRAY_ROOT_LENGTH = XRAY_ID_VERSION.length() + EPOCH_HEX_DIGITS + 1 + 24;
    private static final String W3C_VERSION = "00";

    private PropagationHeaders() {
    }

    /**
     * The X-Ray header for a call under {@code span}: its trace and id, its sampling, {@code origin}'s other
     * keys. An unsampled span is never sent, so then {@code origin} (the caller's header) goes on unchanged.
     */
    static String xray(SpanContext span, Optional<TraceHeader> origin) {
        if (!span.isSampled() && origin.isPresent()) {
            return origin.get().toString();
        }
        String traceId = span.getTraceId();
        String root = XRAY_ID_VERSION + traceId.substring(0, EPOCH_HEX_DIGITS) + '-' + traceId.substring(EPOCH_HEX_DIGITS);
        Map<String, String> others = origin.map(TraceHeader::others).orElse(Map.of());
        TraceHeader.Sampling sampling = span.isSampled() ? TraceHeader.Sampling.SAMPLED : TraceHeader.Sampling.NOT_SAMPLED;
        return new TraceHeader(root, Optional.of(span.getSpanId()), sampling, others).toString();
    }

    /** The W3C header for a call under {@code span}. */
    static String traceparent(SpanContext span) {
        return W3C_VERSION + '-' + span.getTraceId() + '-' + span.getSpanId() + '-' + span.getTraceFlags().asHex();
    }

    /**
     * The W3C header naming the same trace and parent as an X-Ray header; empty when it has no Parent or
     * its Root is not X-Ray's {@code 1-xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx}.
     */
    static Optional<String> traceparent(TraceHeader header) {
        String root = header.root();
        if (header.parent().isEmpty() || !root.startsWith(XRAY_ID_VERSION) || root.length() != XRAY_ROOT_LENGTH) {
            return Optional.empty();
        }
        int epochEnd = XRAY_ID_VERSION.length() + EPOCH_HEX_DIGITS;
        String traceId = root.substring(XRAY_ID_VERSION.length(), epochEnd) + root.substring(epochEnd + 1);
        String flags = header.sampled() == TraceHeader.Sampling.SAMPLED ? "01" : "00";
        return Optional.of(W3C_VERSION + '-' + traceId + '-' + header.parent().get() + '-' + flags);
    }
}
