package dev.lambdaobs.tracing;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import dev.lambdaobs.tracing.otel.OtelTracing;
import dev.lambdaobs.tracing.xray.XRayTracing;
import java.util.Optional;

/**
 * Creates tracers. Build one per process (it owns a socket) and share it; it is thread-safe.
 *
 * <pre>{@code
 * Tracer tracer = Tracers.fromEnvironment();                       // in a handler
 * Tracer tracer = Tracers.of(TracingConfig.from(config));          // the backend POWERTOOLS_TRACER names
 * Tracer tracer = Tracers.xray(TracingConfig.from(config));        // the X-Ray SDK, whatever the variable says
 * }</pre>
 */
public final class Tracers {
    private Tracers() {
    }

    /**
     * The process' tracer, configured by its environment: the same instance on every call, so a
     * handler's own spans, its SDK clients and {@code @Tracing} share one recorder and one socket.
     */
    public static Tracer fromEnvironment() {
        return FromEnvironment.TRACER;
    }

    /** Created on first use: the environment never changes during a process' life. */
    private static final class FromEnvironment {
        static final Tracer TRACER = of(TracingConfig.fromEnvironment());
    }

    /**
     * The tracer whose span is current on the calling thread, whichever backend and configuration built
     * it (what {@link TracingUtils} acts through); {@link Tracer#noop()} when no span of ours is current.
     */
    public static Tracer current() {
        Optional<Tracer> otel = OtelTracing.currentTracer();
        return otel.isPresent() ? otel.get() : XRayTracing.currentTracer().orElse(Tracer.noop());
    }

    /** The tracer of the backend {@code config} names ({@code POWERTOOLS_TRACER}); no-op when disabled or outside Lambda. */
    public static Tracer of(TracingConfig config) {
        return config.backend() == TracerBackend.XRAY_SDK ? xray(config) : otel(config);
    }

    /** The tracer of the backend the shared configuration names. */
    public static Tracer of(PowertoolsConfig config) {
        return of(TracingConfig.from(config));
    }

    /** The OpenTelemetry tracer for {@code config}; no-op when disabled or outside Lambda. */
    public static Tracer otel(TracingConfig config) {
        return OtelTracing.tracer(config, TraceHeaderLookup.system());
    }

    /** The X-Ray tracer for {@code config}; no-op when disabled or outside Lambda. */
    public static Tracer xray(TracingConfig config) {
        return XRayTracing.tracer(config, TraceHeaderLookup.system());
    }

    /** The X-Ray tracer for the shared configuration. */
    public static Tracer xray(PowertoolsConfig config) {
        return xray(TracingConfig.from(config));
    }
}
