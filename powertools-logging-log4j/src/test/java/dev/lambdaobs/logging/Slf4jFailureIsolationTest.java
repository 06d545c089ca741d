package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SLF4J's fluent API cannot fail the handler: a key-value whose {@code toString()} throws, or a supplier
 * that throws, is written as a note, the line stays whole, and the problem is reported once on stderr.
 */
@ExtendWith(StdoutCaptureExtension.class)
class Slf4jFailureIsolationTest {
    private static final Logger log = LoggerFactory.getLogger(Slf4jFailureIsolationTest.class);

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalErr;

    /** Each test throws from its own class, so "reported once per process" is once per test here. */
    static final class BrokenOrder {
        @Override
        public String toString() {
            throw new IllegalStateException("order not loaded");
        }
    }

    static final class BrokenCustomer {
        @Override
        public String toString() {
            throw new UnsupportedOperationException("lazy proxy");
        }
    }

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(originalErr);
    }

    @Test
    void aKeyValueWhoseToStringThrowsLeavesTheResultAndTheLineWholeAndIsReportedOnce(CapturedStdout stdout) {
        String result = TestPipeline.of(TestPipeline.env()).call(null, FakeContext.builder().requestId("req-kv").build(), () -> {
            for (int i = 0; i < 3; i++) {
                log.atInfo().addKeyValue("order_id", "o-42").addKeyValue("order", new BrokenOrder())
                        .addKeyValue("attempt", i).log("placed");
            }
            return "handled";
        });

        assertThat(result).isEqualTo("handled");
        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).hasSize(3).allSatisfy(line -> {
            assertThat(line.get(LogFields.MESSAGE).asText()).isEqualTo("placed");
            assertThat(line.get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("req-kv");
            assertThat(line.get("order_id").asText()).isEqualTo("o-42");
            assertThat(line.get("order").asText())
                    .isEqualTo("<" + BrokenOrder.class.getName() + ".toString() threw java.lang.IllegalStateException>");
        });
        assertThat(lines).extracting(line -> line.get("attempt").asText()).containsExactly("0", "1", "2");
        assertThat(reportsAbout(BrokenOrder.class.getName())).hasSize(1).first().asString()
                .contains("'order'", "order not loaded", "the handler is unaffected");
    }

    @Test
    void throwingSuppliersAndArgumentsAreNotesInTheLine(CapturedStdout stdout) {
        Supplier<String> message = () -> {
            throw new IllegalStateException("no message");
        };
        Supplier<Object> value = () -> new BrokenCustomer().toString();

        String result = TestPipeline.of(TestPipeline.env()).call(null, FakeContext.create(), () -> {
            log.atWarn().setMessage(message).log();
            log.atWarn().addArgument(() -> {
                throw new IllegalArgumentException("no argument");
            }).addKeyValue("customer", value).log("customer {}");
            log.atWarn().addArgument(new BrokenCustomer()).log("argument {}");
            return "handled";
        });

        assertThat(result).isEqualTo("handled");
        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get(LogFields.MESSAGE).asText()).contains(".get() threw java.lang.IllegalStateException>");
        assertThat(lines.get(1).get(LogFields.MESSAGE).asText())
                .startsWith("customer <").endsWith(".get() threw java.lang.IllegalArgumentException>");
        assertThat(lines.get(1).get("customer").asText()).endsWith(".get() threw java.lang.UnsupportedOperationException>");
        assertThat(lines.get(2).get(LogFields.MESSAGE).asText()).as("Log4j's formatter names a failing argument")
                .startsWith("argument ").contains("UnsupportedOperationException");
        assertThat(reportsAbout("supplier of an SLF4J")).hasSize(3);
    }

    @Test
    void aNullKeyLeavesThePairOutAndTheOtherPairsIn(CapturedStdout stdout) {
        String result = TestPipeline.of(TestPipeline.env()).call(null, FakeContext.create(), () -> {
            log.atInfo().addKeyValue(null, "lost").addKeyValue("kept", "yes").log("with a null key");
            return "handled";
        });

        assertThat(result).isEqualTo("handled");
        JsonNode line = stdout.jsonLines().get(0);
        assertThat(line.get("kept").asText()).isEqualTo("yes");
        assertThat(line.toString()).doesNotContain("lost");
        assertThat(reportsAbout("null key")).hasSize(1);
    }

    private List<String> reportsAbout(String text) {
        return Arrays.stream(stderr.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(line -> line.startsWith("[lambdaobs]") && line.contains(text)).toList();
    }
}
