package dev.lambdaobs.logging.log4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.logging.LogLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.junit.jupiter.api.Test;

/** What the jar ships for Log4j: the template, the plugin index, the start-up settings. */
class ShippedConfigurationTest {

    @Test
    void templateKeysAreLogFieldsOrOurFlatteningResolvers() throws IOException {
        JsonNode template = new ObjectMapper().readTree(resource("dev/lambdaobs/logging/LambdaJsonLayout.json"));
        List<String> literalKeys = new ArrayList<>();
        template.fields().forEachRemaining(field -> {
            boolean ours = LambdaResolverFactory.NAME.equals(field.getValue().path("$resolver").asText());
            if (!ours || "timestamp".equals(field.getValue().path("field").asText())) {
                literalKeys.add(field.getKey());
            }
        });

        assertThat(literalKeys).containsExactly(LogFields.TIMESTAMP, LogFields.LEVEL, LogFields.LOGGER);
    }

    @Test
    void pluginIndexListsOurPluginsSoNoPackageIsScanned() throws IOException {
        String index = new String(resource("META-INF/org/apache/logging/log4j/core/config/plugins/Log4j2Plugins.dat"),
                StandardCharsets.ISO_8859_1);

        assertThat(index).contains(LambdaResolverFactory.class.getName(), InvocationLevelFilter.class.getName(),
                InvocationBufferAppender.class.getName(), LambdaJsonLayout.class.getName());
        assertThat(new String(resource("lambdaobs-log4j2.properties"), StandardCharsets.ISO_8859_1))
                .doesNotContain("packages");
    }

    @Test
    void log4jRunsOnTheShippedConfiguration() throws IOException {
        Properties settings = new Properties();
        settings.load(new java.io.ByteArrayInputStream(resource("log4j2.component.properties")));
        Configuration configuration = ((LoggerContext) LogManager.getContext(false)).getConfiguration();

        assertThat(settings.getProperty("log4j2.configurationFile")).as("chosen by LambdaConfigurationFactory").isNull();
        assertThat(configuration).isInstanceOf(ShippedConfiguration.class);
        assertThat(configuration.getFilter()).isInstanceOf(InvocationLevelFilter.class);
        Map<String, org.apache.logging.log4j.core.Appender> appenders = configuration.getAppenders();
        assertThat(appenders.get("lambda")).isInstanceOf(InvocationBufferAppender.class);
        assertThat(appenders.get("stdout")).isInstanceOf(LambdaStdoutAppender.class);
        assertThat(appenders.get("stdout").getLayout()).as("no template to read and compile at start-up")
                .isInstanceOf(LambdaJsonLayout.class);
    }

    @Test
    void theXRaySdksInfoChatterStaysOutOfTheFunctionsLogs() {
        assertThat(LogManager.getLogger("com.amazonaws.xray.AWSXRayRecorder").isInfoEnabled()).isFalse();
        assertThat(LogManager.getLogger("com.amazonaws.xray.AWSXRayRecorder").isWarnEnabled()).isTrue();
        assertThat(LogManager.getLogger("dev.lambdaobs.example.Handler").isInfoEnabled()).isTrue();
    }

    @Test
    void lineSizeLimitsMatchTheConfiguration() throws IOException {
        Properties config = new Properties();
        config.load(new java.io.ByteArrayInputStream(resource("lambdaobs-log4j2.properties")));

        assertThat(Integer.parseInt(config.getProperty("appender.stdout.layout.maxStringLength")))
                .isEqualTo(LogLimits.MAX_STRING_LENGTH);
        assertThat(config.getProperty("appender.stdout.layout.truncatedStringSuffix"))
                .isEqualTo(LogLimits.TRUNCATION_MARKER);
        assertThat(2 * 3 * LogLimits.MAX_STRING_LENGTH).as("message and stack, 3 bytes a char")
                .isLessThan(LogLimits.MAX_LINE_BYTES);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ShippedConfigurationTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
