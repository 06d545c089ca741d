package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import dev.lambdaobs.core.snapstart.RandomSource;
import dev.lambdaobs.tracing.SpanExport;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.TracingConfig;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.context.Context;
import java.io.IOException;
import java.util.Optional;

/**
 * Creates the OpenTelemetry backed {@link Tracer} ({@code POWERTOOLS_TRACER=otel}, the default): the
 * OpenTelemetry API, implemented by a tracer of our own in place of the SDK's tracer provider (measured cheaper
 * per span; it records what the SDK recorded, within the same limits), no agent, no collector, no autoconfigure;
 * spans go as OTLP to the X-Ray daemon address over UDP (or OTLP/HTTP when configured), exported when each
 * invocation's span ends. Exporters are the SDK's {@link SpanExporter} and receive the SDK's {@code SpanData}.
 * Most code uses {@link dev.lambdaobs.tracing.Tracers} instead.
 *
 * <p>For OpenTelemetry instrumentation of your own (or of a library) the tracer guarantees:
 * <ol>
 *   <li>while one of its spans is current on a thread, it is OpenTelemetry's current span there
 *       ({@code io.opentelemetry.context.Context.current()}, {@code Span.current()}), also on threads
 *       entered through {@code tracer.wrap(...)}; spans started from that context nest under it and
 *       stay in the invocation's trace;</li>
 *   <li>{@code tracer.unwrap(io.opentelemetry.api.trace.Tracer.class)} is the OpenTelemetry tracer our
 *       spans come from: spans started with it are exported with ours, in the same datagrams
 *       (there is no SDK tracer provider behind it: {@code unwrap(SdkTracerProvider.class)} is empty);</li>
 *   <li>{@code tracer.downstreamTraceHeader()} is the {@code X-Amzn-Trace-Id} for a call made now:
 *       {@code Root=<Lambda's root>;Parent=<the current span's id>;Sampled=<0|1>} followed by the
 *       invocation's other keys ({@code Lineage}) unchanged.</li>
 * </ol>
 *
 * <pre>{@code
 * Tracer tracer = OtelTracing.tracer(TracingConfig.fromEnvironment(), TraceHeaderLookup.system());
 * io.opentelemetry.api.trace.Tracer otel = tracer.unwrap(io.opentelemetry.api.trace.Tracer.class).orElseThrow();
 * }</pre>
 */
public final class OtelTracing {
    /** The instrumentation scope of our spans. */
    public static final String SCOPE_NAME = "dev.lambdaobs.tracing";

    /** True once this process has built an OpenTelemetry tracer: before that none of our spans can be current. */
    private static volatile boolean built;

    private OtelTracing() {
    }

    /**
     * The tracer whose span is current on the calling thread (how {@link dev.lambdaobs.tracing.Tracers#current()}
     * finds it); empty when none of ours is.
     */
    public static Optional<Tracer> currentTracer() {
        if (!built) {
            return Optional.empty();
        }
        OtelSpan current = Context.current().get(OtelTracer.CURRENT);
        return current == null ? Optional.empty() : Optional.of(current.tracer());
    }

    /**
     * A tracer exporting as {@code config} says; a no-op tracer when tracing is disabled or not in Lambda
     * (reported once), or when the exporter cannot be built (reported once).
     *
     * @param traceHeaders where a span started outside an observed invocation finds its trace header
     */
    public static Tracer tracer(TracingConfig config, TraceHeaderLookup traceHeaders) {
        if (!config.activeOrReport()) {
            return Tracer.noop();
        }
        try {
            SpanExporter exporter = config.export() == SpanExport.OTLP_HTTP
                    ? new OtlpHttpSpanExporter(config.otlpEndpoint(), config.diagnostics())
                    : new UdpSpanExporter(DaemonAddress.of(config), config.diagnostics());
            return tracer(config, traceHeaders, exporter);
        } catch (IOException | RuntimeException e) {
            config.diagnostics().failureOnce("tracing.exporter", e);
            return Tracer.noop();
        }
    }

    /**
     * A tracer exporting to {@code exporter}, called on the invocation's thread when its span ends (tests,
     * or an exporter of your own), with the invocation's ended spans as {@code SpanData}. Its failures and
     * exceptions are reported once and never reach the handler.
     */
    public static Tracer tracer(TracingConfig config, TraceHeaderLookup traceHeaders, SpanExporter exporter) {
        return tracer(config, traceHeaders, exporter, RandomSource.of(ColdStart.process()));
    }

    /**
     * {@link #tracer(TracingConfig, TraceHeaderLookup, SpanExporter)} drawing span ids from {@code ids}
     * (by default the process' environment, which SnapStart restores set apart; tests pass their own).
     */
    public static Tracer tracer(TracingConfig config, TraceHeaderLookup traceHeaders, SpanExporter exporter,
                                RandomSource ids) {
        if (!config.activeOrReport()) {
            return Tracer.noop();
        }
        InvocationSpanProcessor processor = new InvocationSpanProcessor(exporter, config.diagnostics());
        RecordingTracer otel = new RecordingTracer(processor, resource(config), ids);
        FirstSpanWarmUp.run();
        Tracer tracer = new OtelTracer(otel, processor, config.serviceName(), traceHeaders, config.diagnostics());
        built = true;
        return tracer;
    }

    /** The function as OpenTelemetry's resource conventions describe it. */
    static Resource resource(TracingConfig config) {
        PowertoolsConfig shared = config.shared();
        AttributesBuilder attributes = Attributes.builder()
                .put(OtelAttributes.SERVICE_NAME, config.serviceName())
                .put(OtelAttributes.CLOUD_PROVIDER, OtelAttributes.AWS)
                .put(OtelAttributes.CLOUD_PLATFORM, OtelAttributes.AWS_LAMBDA);
        putIfSet(attributes, OtelAttributes.CLOUD_REGION, shared.region());
        putIfSet(attributes, OtelAttributes.FAAS_NAME, shared.functionName());
        putIfSet(attributes, OtelAttributes.FAAS_VERSION, shared.functionVersion());
        if (shared.memorySizeMb() > 0) {
            attributes.put(OtelAttributes.FAAS_MAX_MEMORY, shared.memorySizeMb() * 1024L * 1024L);
        }
        return Resource.create(attributes.build());
    }

    private static void putIfSet(AttributesBuilder attributes,
                                 io.opentelemetry.api.common.AttributeKey<String> key, String value) {
        if (!value.isEmpty()) {
            attributes.put(key, value);
        }
    }
}
