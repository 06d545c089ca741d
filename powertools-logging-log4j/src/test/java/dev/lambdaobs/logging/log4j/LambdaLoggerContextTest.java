package dev.lambdaobs.logging.log4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The context our selector makes: the shipped configuration without Log4j2's factories, else Log4j2's own path. */
class LambdaLoggerContextTest {
    private static final String CONFIGURATION_FILE = "log4j2.configurationFile";

    @Test
    void log4jsContextsComeFromOurSelector() {
        assertThat(LogManager.getContext(false)).isInstanceOf(LambdaLoggerContext.class);
        assertThat(((LoggerContext) LogManager.getContext(false)).getConfiguration())
                .isInstanceOf(ShippedConfiguration.class)
                .extracting(Configuration::getName).isEqualTo("lambdaobs");
    }

    @Test
    void withoutAConfigurationOfTheUsersOwnItStartsOnTheShippedOneAndLog4jNeedNotAskItsFactories(
            @TempDir Path root) throws IOException {
        Configuration configuration = configurationSeenWith(root, true);

        assertThat(configuration).isInstanceOf(ShippedConfiguration.class);
        assertThat(configuration.getName()).isEqualTo("lambdaobs");
        assertThat(configuration.getFilter()).isInstanceOf(InvocationLevelFilter.class);
    }

    @Test
    void aLog4j2XmlOfTheUsersOwnGoesThroughLog4jsFactoriesAndWins(@TempDir Path root) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("user-config/log4j2.xml")) {
            Files.copy(in, root.resolve("log4j2.xml"));
        }

        Configuration configuration = configurationSeenWith(root, false);

        assertThat(configuration).isInstanceOf(XmlConfiguration.class);
        assertThat(configuration.getName()).isEqualTo("user");
    }

    @Test
    void anXmlFileNamedByLog4j2ConfigurationFileIsReadAsXml(@TempDir Path root) throws IOException {
        Path xml = root.resolve("app-log4j2.xml");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("user-config/log4j2.xml")) {
            Files.copy(in, xml);
        }
        System.setProperty(CONFIGURATION_FILE, xml.toString());
        try {
            Configuration configuration = reconfigured(new LambdaLoggerContext("probe", null));

            assertThat(configuration).isInstanceOf(XmlConfiguration.class);
            assertThat(configuration.getName()).isEqualTo("user");
        } finally {
            System.clearProperty(CONFIGURATION_FILE);
        }
    }

    /** What a new context starts on with {@code root} on the class path, after checking who decides. */
    private static Configuration configurationSeenWith(Path root, boolean shipped) throws IOException {
        return withClassPath(root, () -> {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            assertThat(ShippedConfigurationRule.applies(loader)).isEqualTo(shipped);
            assertThat(Log4jStartup.log4jAsksItsFactories(loader)).as("Log4j2 asks its factories").isEqualTo(!shipped);
            return reconfigured(new LambdaLoggerContext("probe", null));
        });
    }

    private static Configuration reconfigured(LoggerContext context) {
        try {
            context.reconfigure();
            return context.getConfiguration();
        } finally {
            context.stop();
        }
    }

    /** Runs {@code body} with {@code root} on the context class loader, as a function's jar is. */
    private static <T> T withClassPath(Path root, Supplier<T> body) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(loader);
            return body.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
