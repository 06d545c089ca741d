package dev.lambdaobs.logging.backend;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** Without a backend on the class path, the step fails fast naming the artifacts to add. */
class LoggingBackendsTest {
    @Test
    void noBackendFailsFastNamingBothArtifacts() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> LoggingBackends.load(empty))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("powertools-logging-log4j")
                    .hasMessageContaining("powertools-logging-logback");
        }
    }
}
