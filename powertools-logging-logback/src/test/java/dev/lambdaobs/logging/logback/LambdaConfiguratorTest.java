package dev.lambdaobs.logging.logback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our configuration steps aside for a logback.xml or logback-test.xml on the class path, as Logback finds them. */
class LambdaConfiguratorTest {
    @Test
    void aLogbackXmlOnTheClassPathIsTheUsersConfiguration(@TempDir Path root) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThat(LambdaConfigurator.hasUserConfiguration(loader)).isFalse();
        }
        Files.writeString(root.resolve("logback.xml"), "<configuration/>");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThat(LambdaConfigurator.hasUserConfiguration(loader)).isTrue();
        }
    }

    @Test
    void aLogbackTestXmlCountsToo(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("logback-test.xml"), "<configuration/>");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThat(LambdaConfigurator.hasUserConfiguration(loader)).isTrue();
        }
    }
}
