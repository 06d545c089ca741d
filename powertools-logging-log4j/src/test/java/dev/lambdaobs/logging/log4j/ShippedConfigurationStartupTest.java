package dev.lambdaobs.logging.log4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.logging.VerboseClassJvm;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fresh JVM starting Log4j2 on the shipped configuration loads neither a configuration builder nor Log4j2's
 * reflective plugin builder, which is what building the configuration in code is for.
 */
class ShippedConfigurationStartupTest {
    /** Loaded only to build a configuration from a file (none is a plugin the background start-up loads). */
    private static final List<String> FILE_CONFIGURATION_CLASSES = List.of(
            "org.apache.logging.log4j.core.config.plugins.util.PluginBuilder",
            "org.apache.logging.log4j.core.config.plugins.convert.TypeConverterRegistry",
            "org.apache.logging.log4j.core.config.properties.PropertiesConfigurationBuilder",
            "org.apache.logging.log4j.core.config.builder.impl.DefaultConfigurationBuilder");

    @Test
    void theShippedConfigurationStartsWithoutAConfigurationBuilderOrThePluginBuilder() throws Exception {
        List<String> lines = VerboseClassJvm.run(List.of(), ShippedStartupProbeMain.class);
        String output = String.join("\n", lines);
        assertThat(output).as("the line, in our format")
                .contains("\"message\":\"" + ShippedStartupProbeMain.LINE + "\"", "\"level\":\"INFO\"");
        assertThat(lines).anyMatch(line -> line.contains(" " + ShippedConfiguration.class.getName() + " "));
        for (String fileOnly : FILE_CONFIGURATION_CLASSES) {
            assertThat(lines).as(fileOnly).noneMatch(line -> line.contains(" " + fileOnly + " "));
        }
    }
}
