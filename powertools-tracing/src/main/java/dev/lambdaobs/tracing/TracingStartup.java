package dev.lambdaobs.tracing;

import static dev.lambdaobs.core.config.EnvironmentVariables.TRACE_DISABLED;

import dev.lambdaobs.core.config.Settings;
import dev.lambdaobs.core.startup.StartupTask;
import dev.lambdaobs.tracing.xray.XRayTracing;

/**
 * Builds the process' tracer ({@link Tracers#fromEnvironment()}: the OpenTelemetry tracer provider and its
 * socket, or for {@code xray-sdk} the X-Ray recorder with its sampling rules parsed by Jackson) on the
 * background start-up thread (see
 * {@link dev.lambdaobs.core.startup.BackgroundStartup}), unless {@code POWERTOOLS_TRACE_DISABLED=true}.
 * Registered as a service; not for direct use.
 */
public final class TracingStartup implements StartupTask {
    /** The module's name in {@code POWERTOOLS_BACKGROUND_STARTUP}. */
    public static final String MODULE = "tracing";

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public boolean wantedIn(Settings settings) {
        return !settings.bool(TRACE_DISABLED, false);
    }

    @Override
    public void run() throws ClassNotFoundException {
        Tracers.fromEnvironment();
        if (TracingConfig.fromEnvironment().backend() == TracerBackend.XRAY_SDK) {
            XRayTracing.warmUp();
        }
    }
}
