package dev.lambdaobs.tracing.xray;

import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.TracingConfig;
import java.net.SocketException;

/**
 * Creates the X-Ray backed {@link Tracer}. Most code uses {@link dev.lambdaobs.tracing.Tracers} instead.
 *
 * <pre>{@code
 * Tracer tracer = XRayTracing.tracer(TracingConfig.fromEnvironment(), TraceHeaderLookup.system());
 * }</pre>
 */
public final class XRayTracing {
    private XRayTracing() {
    }

    /**
     * A tracer sending to the daemon of {@code config}; a no-op tracer when tracing is disabled or not
     * in Lambda (reported once), or when the recorder cannot be built (reported once).
     *
     * @param traceHeaders where a span started outside an observed invocation finds its trace header
     */
    public static Tracer tracer(TracingConfig config, TraceHeaderLookup traceHeaders) {
        if (!config.enabled()) {
            return Tracer.noop();
        }
        if (!config.inLambda()) {
            config.diagnostics().warnOnce("tracing.not-in-lambda", "LAMBDA_TASK_ROOT is not set: not running in"
                    + " Lambda, so there is no trace to join and X-Ray tracing is off");
            return Tracer.noop();
        }
        try {
            return new XRayTracer(RecorderFactory.create(config), config.serviceName(), traceHeaders,
                    config.diagnostics());
        } catch (SocketException | RuntimeException e) {
            config.diagnostics().failureOnce("tracing.recorder", e);
            return Tracer.noop();
        }
    }
}
