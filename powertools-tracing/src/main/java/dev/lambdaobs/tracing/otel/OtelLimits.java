package dev.lambdaobs.tracing.otel;

/**
 * The limits spans are kept within on the otel backend. X-Ray's own limits on annotations, names and
 * metadata are in {@link dev.lambdaobs.tracing.rules.XRayLimits} and apply here too.
 */
final class OtelLimits {
    /**
     * Largest datagram sent to the daemon: under IPv4's largest UDP payload (65,507 bytes) and the
     * 64 KB X-Ray accepts as one document from the daemon.
     *
     * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-api-sendingdata.html">Sending segment documents to the X-Ray daemon</a>
     */
    static final int MAX_DATAGRAM_BYTES = 64 * 1024 - 1024;

    /**
     * Attributes kept per span (further ones are dropped, as the SDK drops them, and counted in
     * {@code dropped_attributes_count}, and reported once): OpenTelemetry's default.
     *
     * @see <a href="https://opentelemetry.io/docs/specs/otel/common/#attribute-limits">Attribute limits</a>
     */
    static final int MAX_ATTRIBUTES_PER_SPAN = 128;

    /**
     * Events and links kept per span, and attributes kept per event and per link (further ones are dropped and
     * counted): OpenTelemetry's defaults, as the SDK applied them.
     *
     * @see <a href="https://opentelemetry.io/docs/specs/otel/trace/sdk/#span-limits">Span limits</a>
     */
    static final int MAX_EVENTS_PER_SPAN = 128;
    static final int MAX_LINKS_PER_SPAN = 128;
    static final int MAX_ATTRIBUTES_PER_EVENT = 128;
    static final int MAX_ATTRIBUTES_PER_LINK = 128;

    /**
     * Longest string attribute value, in characters: a value X-Ray can still carry in one span, well below
     * its largest span (200 KB at the OTLP endpoint) and one datagram (64 KB).
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-OTLPEndpoint.html">OTLP endpoint limits</a>
     */
    static final int MAX_ATTRIBUTE_VALUE_LENGTH = 16 * 1024;

    /**
     * Largest single span X-Ray's OTLP endpoint accepts.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-OTLPEndpoint.html">OTLP endpoint limits</a>
     */
    static final int MAX_SPAN_BYTES_OTLP = 200 * 1024;

    /**
     * Largest uncompressed OTLP request X-Ray's OTLP endpoint accepts.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-OTLPEndpoint.html">OTLP endpoint limits</a>
     */
    static final int MAX_REQUEST_BYTES_OTLP = 5 * 1024 * 1024;

    /**
     * Most spans in one OTLP request X-Ray's OTLP endpoint accepts.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-OTLPEndpoint.html">OTLP endpoint limits</a>
     */
    static final int MAX_SPANS_PER_REQUEST_OTLP = 10_000;

    /** Ended spans an invocation holds before they are sent early (bounds memory of very long invocations). */
    static final int MAX_HELD_SPANS = 1_000;

    /** How long the OTLP/HTTP exporter waits for the endpoint before the invocation goes on without it. */
    static final java.time.Duration OTLP_HTTP_TIMEOUT = java.time.Duration.ofSeconds(2);

    private OtelLimits() {
    }
}
