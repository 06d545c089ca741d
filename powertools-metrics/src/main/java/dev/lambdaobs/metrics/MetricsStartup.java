package dev.lambdaobs.metrics;

import dev.lambdaobs.core.startup.StartupTask;

/**
 * Loads the EMF library and Jackson's serializers on the background start-up thread (see
 * {@link dev.lambdaobs.core.startup.BackgroundStartup}). Registered as a service; not for direct use.
 */
public final class MetricsStartup implements StartupTask {
    @Override
    public void run() {
        EmfWriter.prepare();
    }
}
