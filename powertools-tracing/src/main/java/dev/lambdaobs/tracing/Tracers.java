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

    /** The X-Ray tracer configured by the process environment. */
    public static Tracer fromEnvironment() {
        return xray(TracingConfig.fromEnvironment());
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
