package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.logging.logback.LambdaBufferAppender;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;

/**
 * A user's own logback.xml wins over our configuration and composes with it: our filter, appenders and
 * encoder by name, their loggers and levels. Logback is started here as it starts in a function
 * (ContextInitializer, which asks our configurator first), on a fresh context.
 */
@ExtendWith(StdoutCaptureExtension.class)
class UserLogbackConfigurationTest {
    private static final String USER_CONFIG = "user-config/logback.xml";

    @Test
    void withoutAConfigurationOfTheUsersOursIsSetUp() throws JoranException {
        LoggerContext context = started(null);
        try {
            assertThat(context.getLogger("ROOT").getAppender("lambda")).isInstanceOf(LambdaBufferAppender.class);
            assertThat(context.getLogger("com.amazonaws.xray.AWSXRayRecorder").isInfoEnabled()).isFalse();
            assertThat(context.getLogger("dev.lambdaobs.example.Handler").isInfoEnabled()).isTrue();
        } finally {
            context.stop();
        }
    }

    @Test
    void theUsersLoggersAndLevelsApplyAndLinesKeepOurFormat(@TempDir Path root, CapturedStdout stdout)
            throws IOException, JoranException {
        Path file = root.resolve("logback.xml");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(USER_CONFIG)) {
            Files.copy(in, file);
        }
        LoggerContext context = started(file);
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

    /** A context configured as Logback configures one at start-up, with {@code userFile} as the user's own. */
    private static LoggerContext started(Path userFile) throws JoranException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());   // what Logback's SLF4J provider gives its own context
        String previous = System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY);
        try {
            if (userFile != null) {
                System.setProperty(ClassicConstants.CONFIG_FILE_PROPERTY, userFile.toString());
            }
            new ContextInitializer(context).autoConfig();
        } finally {
            if (previous == null) {
                System.clearProperty(ClassicConstants.CONFIG_FILE_PROPERTY);
            } else {
                System.setProperty(ClassicConstants.CONFIG_FILE_PROPERTY, previous);
            }
        }
        return context;
    }
}
