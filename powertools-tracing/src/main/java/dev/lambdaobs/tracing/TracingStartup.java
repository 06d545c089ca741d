package dev.lambdaobs.tracing;

import dev.lambdaobs.core.startup.StartupTask;

/**
 * Builds the process' tracer ({@link Tracers#fromEnvironment()}: the X-Ray recorder, its sampling rules
 * parsed with Jackson, the daemon socket) on the background start-up thread (see
 * {@link dev.lambdaobs.core.startup.BackgroundStartup}). Registered as a service; not for direct use.
 */
public final class TracingStartup implements StartupTask {
    @Override
    public void run() {
        Tracers.fromEnvironment();
    }
}
