package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.startup.BackgroundStartup;
import org.apache.logging.log4j.util.PropertySource;

/**
 * Starts the modules' {@link BackgroundStartup} at the first moment Log4j2 runs code of ours: when it
 * loads its property sources, before it reads its configuration. A handler's static
 * {@code LogManager.getLogger(...)} starts Log4j2 on the main thread in the init phase; from here on,
 * Jackson, Log4j2's plugin classes ({@link Log4jStartup}), the X-Ray SDK and the EMF library load on a
 * second thread during Log4j2's own start-up instead of after it.
 *
 * <p>It supplies no properties. Registered as a Log4j2 {@code PropertySource} service; not for direct use.
 */
public final class BackgroundStartupHook implements PropertySource {
    /** Consulted after every other source; it has no properties anyway. */
    private static final int LAST = Integer.MAX_VALUE;

    public BackgroundStartupHook() {
        BackgroundStartup.begin();
    }

    @Override
    public int getPriority() {
        return LAST;
    }
}
