package dev.lambdaobs.tracing.xray;

import com.amazonaws.xray.entities.EntityImpl;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import dev.lambdaobs.core.snapstart.RandomSource;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.TracingConfig;
import java.net.SocketException;
import java.util.Optional;

/**
 * Creates the X-Ray backed {@link Tracer}. Most code uses {@link dev.lambdaobs.tracing.Tracers} instead.
 *
 * <pre>{@code
 * Tracer tracer = XRayTracing.tracer(TracingConfig.fromEnvironment(), TraceHeaderLookup.system());
 * }</pre>
 */
public final class XRayTracing {
    /**
     * True once this process has built an X-Ray tracer: before that no X-Ray span can be current, and
     * looking for one would load the SDK on the otel path (a fact about the process, not configuration).
     */
    private static volatile boolean built;

    private XRayTracing() {
    }

    /**
     * The tracer whose X-Ray span is current on the calling thread (how {@link dev.lambdaobs.tracing.Tracers#current()}
     * finds it); empty when none is.
     */
    public static Optional<Tracer> currentTracer() {
        return built ? CurrentEntity.tracer() : Optional.empty();
    }

    /**
     * A tracer sending to the daemon of {@code config}; a no-op tracer when tracing is disabled or not
     * in Lambda (reported once), or when the recorder cannot be built (reported once).
     *
     * @param traceHeaders where a span started outside an observed invocation finds its trace header
     */
    public static Tracer tracer(TracingConfig config, TraceHeaderLookup traceHeaders) {
        return tracer(config, traceHeaders, RandomSource.of(ColdStart.process()));
    }

    /**
     * {@link #tracer(TracingConfig, TraceHeaderLookup)} drawing subsegment ids from {@code ids} (by default
     * the process' environment, which SnapStart restores set apart; tests pass their own).
     */
    public static Tracer tracer(TracingConfig config, TraceHeaderLookup traceHeaders, RandomSource ids) {
        if (!config.activeOrReport()) {
            return Tracer.noop();
        }
        try {
            Tracer tracer = new XRayTracer(RecorderFactory.create(config), config.serviceName(), traceHeaders,
                    config.diagnostics(), ids);
            built = true;
            return tracer;
        } catch (SocketException | RuntimeException e) {
            config.diagnostics().failureOnce("tracing.recorder", e);
            return Tracer.noop();
        }
    }

    /**
     * Initializes what the first segment would otherwise build on the handler's thread: the SDK's
     * entities share a static ObjectMapper with the java.time module (about 100 classes).
     */
    public static void warmUp() throws ClassNotFoundException {
        Class.forName(EntityImpl.class.getName(), true, EntityImpl.class.getClassLoader());
    }
}
