package dev.lambdaobs.logging.log4j;

import java.net.URI;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.util.Loader;

/**
 * A Log4j2 {@link LoggerContext} that starts on our shipped configuration without asking Log4j2's
 * configuration factories, when {@link LambdaConfigurationFactory} would choose it anyway (no
 * {@code LOG4J_CONFIGURATION_FILE}, no {@code log4j2.configurationFactory}, no {@code log4j2*.*} of the
 * user's own). Why: Log4j2 instantiates every factory it knows to build its list, and its JSON one
 * initializes Jackson's {@code ObjectMapper} (about 130 classes) to learn whether it could read JSON, which
 * the shipped properties configuration never needs. In every other case, and for any later
 * {@code reconfigure()}, Log4j2's own path runs unchanged. Made by {@link LambdaContextSelector}.
 */
final class LambdaLoggerContext extends LoggerContext {

    LambdaLoggerContext(String name, URI configLocation) {
        super(name, null, configLocation);
    }

    @Override
    public void reconfigure() {
        Configuration shipped = getConfigLocation() == null && ShippedConfigurationRule.applies(Loader.getThreadContextClassLoader())
                ? LambdaConfigurationFactory.shipped(this)
                : null;
        if (shipped == null) {
            super.reconfigure();
        } else {
            reconfigure(shipped);
        }
    }
}
