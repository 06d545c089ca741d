package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lambdaobs.core.config.PowertoolsConfig;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The default backend needs neither Jackson nor the EMF library (both optional dependencies): metrics
 * recorded and written in a class loader that holds only this module, core and the Lambda interfaces; the
 * library asked for there is reported and the built-in writer used.
 */
class DefaultPathTest {

    @Test
    @SuppressWarnings("unchecked")
    void writesValidEmfWithoutJacksonOrTheEmfLibraryOnTheClassPath() throws Exception {
        URL[] path = {location(MetricsStep.class), location(PowertoolsConfig.class), location(Context.class),
            location(DefaultPathProbe.class)};
        try (URLClassLoader isolated = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.core.JsonFactory", false, isolated))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> Class.forName(EmfSerializer.LIBRARY_CLASS, false, isolated))
                    .isInstanceOf(ClassNotFoundException.class);

            Supplier<List<String>> probe = (Supplier<List<String>>) isolated.loadClass(DefaultPathProbe.class.getName())
                    .getConstructor().newInstance();
            List<String> lines = probe.get();

            assertThat(lines).hasSize(3);
            var document = EmfDocuments.validated(lines.get(0));
            assertThat(document.path("Latency").asDouble()).isEqualTo(12.5);
            assertThat(document.path("order").path("items").toString()).isEqualTo("[1,2]");
            assertThat(EmfDocuments.dimensionSets(document)).containsExactly(List.of("Service", "channel"));
            // Asked for without the library: said once, and the metrics are written by the built-in writer.
            assertThat(lines.get(1)).contains("aws-embedded-metrics", "not on the class path", "built-in writer");
            assertThat(withoutTimestamp(lines.get(2))).isEqualTo(withoutTimestamp(lines.get(0)));
        }
    }

    private static String withoutTimestamp(String line) {
        return line.replaceFirst("\"Timestamp\":\\d+", "");
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
