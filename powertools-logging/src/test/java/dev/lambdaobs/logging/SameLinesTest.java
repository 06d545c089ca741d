package dev.lambdaobs.logging;

import static dev.lambdaobs.logging.StructuredArguments.array;
import static dev.lambdaobs.logging.StructuredArguments.entry;
import static dev.lambdaobs.logging.StructuredArguments.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Both backends write the same bytes: one invocation's lines (invocation keys, MDC and key/value pairs,
 * structured arguments of every JSON type, arrays and raw JSON (valid and not), escapes, a cut string, an exception with a cause, sampling, the
 * event and response) are compared, as text, with {@value #EXPECTED}, which each backend module checks
 * against. Only the timestamp and the stack below its first line are left out: they differ by moment and
 * by call path.
 */
@ExtendWith(StdoutCaptureExtension.class)
class SameLinesTest {
    static final String EXPECTED = "same-lines.jsonl";
    private static final Logger log = LoggerFactory.getLogger(SameLinesTest.class);
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"[^\"]*\"");
    private static final Pattern STACK = Pattern.compile("\"stack\":\"((?:[^\"\\\\]++|\\\\.)*+)\"");

    @Test
    void theLinesAreTheExpectedBytes(CapturedStdout stdout) throws IOException {
        FakeContext context = FakeContext.builder().functionName("orders-fn").functionVersion("7")
                .requestId("req-same").memoryLimitMb(512).tenantId("tenant-1")
                .xrayTraceId("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1").build();
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env(), b -> b.samplingRate(1).logEvent(true)
                .logResponse(true).correlationIdPath("headers.\"x-correlation-id\""), () -> 0.0);
        // Sorted maps: Map.of iterates in an order that changes from JVM to JVM.
        Map<String, Object> event = new TreeMap<>(Map.of("headers", Map.of("x-correlation-id", "corr-1"),
                "password", "hunter2"));

        pipeline.call(event, context, () -> {
            MDC.put("zeta", "last");
            MDC.put("alpha", "first \"quoted\"");
            log.info("order {} placed", "o-1", entry("order", values()));
            log.atInfo().addKeyValue("kv", 42).addKeyValue("beta", "b").log("with pairs");
            log.warn("escapes \" \\ \n \t \u0001 é 🚀 / and {} and \\{}", List.of("a", "b"));
            log.info("array {} and null {}", new int[] {1, 2}, null);
            log.debug("sampled debug line");
            log.info("long {}", "y".repeat(LogLimits.MAX_STRING_LENGTH + 10));
            log.info("raw {}", json("raw", "{ \"b\" : [1, 2.50, \"x\\ny\", 1e400],\n \"a\" : null }"),
                    array("list", 1, "two", null, 3.5), json("bad", "{\"cut\":"));
            log.error("failed", new IllegalStateException("no stock", new RuntimeException("db down")));
            return new TreeMap<>(Map.of("status", 200, "token", "secret"));
        });

        String actual = normalized(stdout.lines());
        String expected = expected();
        if (!actual.equals(expected)) {
            Files.writeString(Path.of("target", EXPECTED + ".actual"), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("the lines as written (also in target/" + EXPECTED + ".actual)").isEqualTo(expected);
    }

    private static Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("count", 3);
        values.put("amount", 42.5);
        values.put("big", new BigDecimal("12345678901234567890.5"));
        values.put("ok", true);
        values.put("none", null);
        values.put("items", List.of("x", 2, List.of()));
        values.put("array", new String[] {"p", "q"});
        values.put("nan", Double.NaN);
        return values;
    }

    static String normalized(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String text = TIMESTAMP.matcher(line).replaceAll("\"timestamp\":\"<timestamp>\"");
            Matcher stack = STACK.matcher(text);
            StringBuilder kept = new StringBuilder();
            while (stack.find()) {
                String value = stack.group(1);
                int end = value.indexOf("\\n");
                stack.appendReplacement(kept, Matcher.quoteReplacement(
                        "\"stack\":\"" + (end < 0 ? value : value.substring(0, end)) + "\""));
            }
            stack.appendTail(kept);
            out.add(kept.toString());
        }
        return String.join("\n", out) + "\n";
    }

    private static String expected() throws IOException {
        try (InputStream in = SameLinesTest.class.getResourceAsStream(EXPECTED)) {
            assertThat(in).as(EXPECTED).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
