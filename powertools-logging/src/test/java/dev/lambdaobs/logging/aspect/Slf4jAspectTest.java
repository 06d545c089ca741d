package dev.lambdaobs.logging.aspect;

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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Through {@code @Logging}: an SLF4J key-value whose {@code toString()} throws changes nothing for the caller. */
@ExtendWith(StdoutCaptureExtension.class)
class Slf4jAspectTest {
    @Test
    void annotatedHandlerReturnsItsResultAndWritesTheLineWithANote(CapturedStdout stdout) {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        Slf4jOrderHandler handler = new Slf4jOrderHandler();
        try {
            assertThat(handler.handleRequest(Map.of("id", "o-1"), FakeContext.builder().requestId("req-1").build()))
                    .isEqualTo("accepted o-1");
            assertThat(handler.handleRequest(Map.of("id", "o-2"), FakeContext.builder().requestId("req-2").build()))
                    .isEqualTo("accepted o-2");
        } finally {
            System.setErr(originalErr);
        }

        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).extracting(l -> l.get("order_id").asText()).containsExactly("o-1", "o-2");
        assertThat(lines).extracting(l -> l.get(LogFields.FUNCTION_REQUEST_ID).asText()).containsExactly("req-1", "req-2");
        assertThat(lines).allSatisfy(l -> assertThat(l.get("order").asText())
                .isEqualTo("<" + Slf4jOrderHandler.DetachedOrder.class.getName() + ".toString() threw java.lang.IllegalStateException>"));
        assertThat(Arrays.stream(stderr.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(line -> line.contains(Slf4jOrderHandler.DetachedOrder.class.getName()))).hasSize(1);
    }
}
