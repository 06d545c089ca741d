package dev.lambdaobs.logging.log4j;

import java.net.URI;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationFactory;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.Order;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.properties.PropertiesConfigurationFactory;
import org.apache.logging.log4j.core.util.Loader;

/**
 * Gives Log4j2 our shipped configuration ({@link ShippedConfiguration}) when the function has none of its own. The
 * precedence, from first to last:
 * <ol>
 *   <li>{@code LOG4J_CONFIGURATION_FILE} / {@code -Dlog4j2.configurationFile} (Log4j2 reads it before
 *       asking any factory);</li>
 *   <li>a {@code log4j2-test.*} or {@code log4j2.*} of the user's own on the class path (this factory steps
 *       aside, and Log4j2's own search finds it);</li>
 *   <li>{@link ShippedConfiguration}.</li>
 * </ol>
 * A user's configuration can name our plugins ({@code LambdaInvocationFilter}, {@code LambdaBuffer},
 * {@code LambdaStdout}, {@code LambdaJsonLayout}, the {@code lambdaobs} resolvers of {@code JsonTemplateLayout})
 * beside loggers and levels of its own.
 * Registered as a Log4j2 plugin, consulted before Log4j2's own factories; not for direct use.
 */
@Plugin(name = "LambdaConfigurationFactory", category = ConfigurationFactory.CATEGORY)
@Order(LambdaConfigurationFactory.ORDER)
public final class LambdaConfigurationFactory extends ConfigurationFactory {
    /** Above Log4j2's own factories (5 to 8), so it is asked first. */
    static final int ORDER = 50;
    private static final String[] ALL_TYPES = {"*"};
    private static final String PROPERTIES_SUFFIX = ".properties";

    @Override
    protected String[] getSupportedTypes() {
        return ALL_TYPES;
    }

    /** Only asked without a configuration location: ours, unless the user has one of their own. */
    @Override
    public Configuration getConfiguration(LoggerContext loggerContext, String name, URI configLocation) {
        if (configLocation != null) {
            return null;
        }
        if (ShippedConfigurationRule.hasUserConfiguration(Loader.getThreadContextClassLoader())) {
            return null;
        }
        return shipped(loggerContext);
    }

    /** The shipped configuration for {@code loggerContext}, built in code. */
    static Configuration shipped(LoggerContext loggerContext) {
        return new ShippedConfiguration(loggerContext);
    }

    /**
     * Reads a {@code .properties} {@code source}; any other (a user's
     * {@code log4j2.configurationFile=app.xml}) is left to the Log4j2 factory of its type, which Log4j2
     * asks next because this one supports every type and answers null.
     */
    @Override
    public Configuration getConfiguration(LoggerContext loggerContext, ConfigurationSource source) {
        String location = source.getLocation();
        if (location != null && !location.endsWith(PROPERTIES_SUFFIX)) {
            return null;
        }
        return new PropertiesConfigurationFactory().getConfiguration(loggerContext, source);
    }
}
