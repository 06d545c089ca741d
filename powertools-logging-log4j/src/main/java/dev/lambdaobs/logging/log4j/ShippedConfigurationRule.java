package dev.lambdaobs.logging.log4j;

import java.util.List;
import org.apache.logging.log4j.core.config.ConfigurationFactory;
import org.apache.logging.log4j.util.PropertiesUtil;

/**
 * When the shipped configuration is the one Log4j2 would use. A class of its own, with no Log4j2 core
 * parent, so that {@link Log4jStartup} can ask on the background thread without initializing
 * {@code LoggerContext} or {@code ConfigurationFactory} there while the main thread starts Log4j2
 * (the names read from {@code ConfigurationFactory} are compile-time constants).
 */
final class ShippedConfigurationRule {
    /** The file names Log4j2's own search looks for ({@code log4j2-test} first), by its factories' suffixes. */
    static final List<String> USER_FILES = List.of(
            "log4j2-test.properties", "log4j2-test.yaml", "log4j2-test.yml", "log4j2-test.json",
            "log4j2-test.jsn", "log4j2-test.xml",
            "log4j2.properties", "log4j2.yaml", "log4j2.yml", "log4j2.json", "log4j2.jsn", "log4j2.xml");

    private ShippedConfigurationRule() {
    }

    /**
     * True when neither a configuration file nor a factory is named in Log4j2's properties and {@code loader}
     * sees no configuration of the user's own: then the shipped configuration is the one Log4j2 would use.
     */
    static boolean applies(ClassLoader loader) {
        PropertiesUtil properties = PropertiesUtil.getProperties();
        return properties.getStringProperty(ConfigurationFactory.CONFIGURATION_FILE_PROPERTY) == null
                && properties.getStringProperty(ConfigurationFactory.CONFIGURATION_FACTORY_PROPERTY) == null
                && properties.getStringProperty(ConfigurationFactory.LOG4J1_CONFIGURATION_FILE_PROPERTY) == null
                && !hasUserConfiguration(loader);
    }

    /** True when Log4j2's own search would find one of {@link #USER_FILES} through {@code loader}. */
    static boolean hasUserConfiguration(ClassLoader loader) {
        for (String file : USER_FILES) {
            if (loader.getResource(file) != null) {
                return true;
            }
        }
        return false;
    }
}
