package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationFactory;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A user's own log4j2.xml wins over ours and composes with it: our plugins by name, their loggers and levels. */
@ExtendWith(StdoutCaptureExtension.class)
class UserLog4jConfigurationTest {
    private static final String USER_CONFIG = "user-config/log4j2.xml";

    @Test
    void aLog4j2XmlOnTheClassPathIsUsedInsteadOfOurs(@TempDir Path root) throws IOException {
        assertThat(configurationSeenWith(root, new LoggerContext("probe")))
                .extracting(configuration -> configuration.getClass().getSimpleName()).isEqualTo("ShippedConfiguration");
        assertThat(configurationSeenWith(root, new LoggerContext("probe")))
                .extracting(Configuration::getName).isEqualTo("lambdaobs");

        copyUserConfig(root.resolve("log4j2.xml"));

        Configuration configuration = configurationSeenWith(root, new LoggerContext("probe"));
        assertThat(configuration).isInstanceOf(XmlConfiguration.class);
        assertThat(configuration.getName()).isEqualTo("user");
    }

    @Test
    void theUsersLoggersAndLevelsApplyAndLinesKeepOurFormat(@TempDir Path root, CapturedStdout stdout) throws IOException {
        copyUserConfig(root.resolve("log4j2.xml"));
        LoggerContext context = new LoggerContext("user-config");
        context.start(configurationSeenWith(root, context));
        try {
            TestPipeline.of(TestPipeline.env()).run(null, FakeContext.builder().requestId("req-user").build(), () -> {
                context.getLogger("com.example.noisy").info("dropped: the user set this logger to WARN");
                context.getLogger("com.example.noisy").warn("kept");
                context.getLogger("com.example.app").info("app line");
                context.getLogger("com.example.app").debug("dropped: below POWERTOOLS_LOG_LEVEL");
            });
        } finally {
            context.stop();
        }

        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).extracting(l -> l.get(LogFields.MESSAGE).asText()).containsExactly("kept", "app line");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("req-user");
            assertThat(l.get(LogFields.SERVICE).asText()).isEqualTo("orders");
        });
    }

    @Test
    void ourLayoutCanBeNamedInTheUsersConfigurationWithItsOwnStringLength(@TempDir Path root, CapturedStdout stdout)
            throws IOException {
        String original = Files.readString(userConfig(), StandardCharsets.UTF_8);
        String withOurLayout = original.replaceAll("(?s)<JsonTemplateLayout .*?/>", "<LambdaJsonLayout maxStringLength=\"8\"/>");
        assertThat(withOurLayout).contains("<LambdaJsonLayout").doesNotContain("JsonTemplateLayout");
        Files.writeString(root.resolve("log4j2.xml"), withOurLayout, StandardCharsets.UTF_8);
        LoggerContext context = new LoggerContext("user-layout");
        context.start(configurationSeenWith(root, context));
        try {
            TestPipeline.of(TestPipeline.env()).run(null, FakeContext.builder().requestId("req-user").build(),
                    () -> context.getLogger("com.example.app").info("a message of more than eight chars"));
        } finally {
            context.stop();
        }

        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get(LogFields.MESSAGE).asText()).isEqualTo("a messag" + LogLimits.TRUNCATION_MARKER);
        assertThat(lines.get(0).get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("req-user");
    }

    /** What Log4j's own precedence gives when {@code root} is on the class path, as a function's jar is. */
    private static Configuration configurationSeenWith(Path root, LoggerContext context) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(loader);
            return ConfigurationFactory.getInstance().getConfiguration(context, context.getName(), null);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Path userConfig() {
        try {
            return Path.of(UserLog4jConfigurationTest.class.getClassLoader().getResource(USER_CONFIG).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyUserConfig(Path target) throws IOException {
        try (InputStream in = UserLog4jConfigurationTest.class.getClassLoader().getResourceAsStream(USER_CONFIG)) {
            Files.copy(in, target);
        }
    }
}
