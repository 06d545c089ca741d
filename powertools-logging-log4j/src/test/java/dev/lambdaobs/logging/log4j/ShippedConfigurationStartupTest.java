package dev.lambdaobs.logging.log4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                ShippedStartupProbeMain.class.getName()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        assertThat(output).as("the line, in our format")
                .contains("\"message\":\"" + ShippedStartupProbeMain.LINE + "\"", "\"level\":\"INFO\"");
        assertThat(output.lines()).anyMatch(line -> line.contains(" " + ShippedConfiguration.class.getName() + " "));
        for (String fileOnly : FILE_CONFIGURATION_CLASSES) {
            assertThat(output.lines()).as(fileOnly).noneMatch(line -> line.contains(" " + fileOnly + " "));
        }
    }
}
