package dev.lambdaobs.tracing;

/**
 * Which library records and sends the spans behind {@link Tracer}: chosen by {@code POWERTOOLS_TRACER}
 * ({@code otel} or {@code xray-sdk}) or by {@link TracingStep.Builder#backend}.
 *
 * <pre>{@code
 * Tracer tracer = Tracers.of(config.withBackend(TracerBackend.XRAY_SDK));
 * }</pre>
 */
public enum TracerBackend {
    /** OpenTelemetry API and trace SDK, OTLP to the X-Ray daemon address (default). */
    OTEL,
    /** The AWS X-Ray SDK for Java (end of support 2027-02-25), segment documents to the daemon. */
    XRAY_SDK;

    /** The value as the variable spells it: lower case, {@code -} for {@code _}. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

}
