package dev.lambdaobs.tracing;

import static dev.lambdaobs.core.config.EnvironmentVariables.TRACE_DISABLED;

import com.amazonaws.xray.entities.EntityImpl;
import dev.lambdaobs.core.config.Settings;
import dev.lambdaobs.core.startup.StartupTask;

/**
 * Builds the process' tracer ({@link Tracers#fromEnvironment()}: the X-Ray recorder, its sampling rules
 * parsed with Jackson, the daemon socket) on the background start-up thread (see
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
        // The SDK's entities share a static ObjectMapper with the java.time module (≈ 100 classes), built
        // when the first segment is: on the main thread, in the first invocation, unless done here.
        Class.forName(EntityImpl.class.getName(), true, EntityImpl.class.getClassLoader());
    }
}
