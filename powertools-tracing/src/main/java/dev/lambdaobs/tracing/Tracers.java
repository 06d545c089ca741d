package dev.lambdaobs.tracing;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import dev.lambdaobs.tracing.xray.XRayTracing;

/**
 * Creates tracers. Build one per process (it owns a socket) and share it; it is thread-safe.
 *
 * <pre>{@code
 * Tracer tracer = Tracers.fromEnvironment();                       // in a handler
 * Tracer tracer = Tracers.xray(TracingConfig.from(config));        // from a configuration map
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
        static final Tracer TRACER = xray(TracingConfig.fromEnvironment());
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
