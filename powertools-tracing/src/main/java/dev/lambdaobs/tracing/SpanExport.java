package dev.lambdaobs.tracing;

/**
 * How the otel backend sends spans ({@code POWERTOOLS_TRACER_EXPORTER}).
 *
 * <pre>{@code
 * POWERTOOLS_TRACER_EXPORTER=otlp-http
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=http://127.0.0.1:4318/v1/traces
 * }</pre>
 */
public enum SpanExport {
    /** OTLP protobuf in UDP datagrams to {@code AWS_XRAY_DAEMON_ADDRESS}, as AWS's Lambda OpenTelemetry layers send (default). */
    UDP,
    /** OTLP/HTTP protobuf POSTed to {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT} (a collector, an extension). */
    OTLP_HTTP;

    /** The value as the variable spells it: lower case, {@code -} for {@code _}. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

}
