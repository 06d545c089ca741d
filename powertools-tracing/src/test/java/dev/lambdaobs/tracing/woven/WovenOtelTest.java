package dev.lambdaobs.tracing.woven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code @Tracing}, woven at build time, on the otel backend: handler span and nested method spans. */
class WovenOtelTest {
    private static final Pattern SPAN = Pattern.compile("span name=(.+) id=(\\w+) parent=(\\w*) annotations=(.*)");

    @Test
    void theAnnotatedHandlerAndMethodsGiveNestedOpenTelemetrySpans() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + WovenConfiguration.BACKEND_PROPERTY + "=otel", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                WovenOtelMain.class.getName()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        assertThat(output).contains("result=placed o-1 at 6").contains("warnings=[]");
        Map<String, Matcher> spans = output.lines().map(SPAN::matcher).filter(Matcher::matches)
                .collect(Collectors.toMap(m -> m.group(1), Function.identity()));
        assertThat(spans).containsOnlyKeys("## handleRequest", "## price", "## lookup");
        assertThat(spans.get("## price").group(3)).isEqualTo(spans.get("## handleRequest").group(2));
        assertThat(spans.get("## lookup").group(3)).isEqualTo(spans.get("## price").group(2));
        assertThat(spans.get("## handleRequest").group(4)).isEqualTo(List.of("ColdStart", "Service").toString());
    }
}
