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

/**
 * {@code @Tracing}, woven at build time, on the otel backend: handler span and nested method spans; the
 * static helpers and {@code TracingUtils.init()} priming ({@link UtilsHandler}).
 */
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

    private static final Pattern UTILS_SPAN = Pattern.compile(
            "span name=(.+) id=(\\w+) parent=(\\w*) order=(\\S+) cold=(\\S+) amount=(\\S+) audited=(\\S+)");

    @Test
    void theHelpersActOnTheAnnotatedHandlersSpanAndInitPrimesItForSnapStart() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + WovenConfiguration.BACKEND_PROPERTY + "=otel", "-Dorg.crac.Core.Compat=dev.lambdaobs.test.crac", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                WovenOtelUtilsMain.class.getName()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        assertThat(output).contains("warnings=[]").contains("datagrams=3");
        List<Matcher> spans = output.lines().map(UTILS_SPAN::matcher).filter(Matcher::matches).toList();
        List<Matcher> handlers = spans.stream().filter(m -> m.group(1).equals("## placeOrder")).toList();
        assertThat(handlers).extracting(m -> m.group(4)).containsExactlyInAnyOrder("o-1", "o-2", "o-3");
        // Priming sent nothing, and the restore made o-3 the cold start again.
        assertThat(handlers).filteredOn(m -> m.group(5).equals("true")).extracting(m -> m.group(4))
                .containsExactlyInAnyOrder("o-1", "o-3");
        for (Matcher handler : handlers) {
            List<Matcher> children = spans.stream().filter(m -> m.group(3).equals(handler.group(2))).toList();
            assertThat(children).extracting(m -> m.group(1)).containsExactlyInAnyOrder("## charge", "## audit");
            assertThat(children).filteredOn(m -> m.group(1).equals("## charge")).singleElement()
                    .satisfies(m -> assertThat(m.group(6)).isEqualTo("42"));
            assertThat(children).filteredOn(m -> m.group(1).equals("## audit")).singleElement()
                    .satisfies(m -> assertThat(m.group(7)).contains(handler.group(4)));
        }
    }
}
