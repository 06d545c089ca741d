package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Libraries log through SLF4J 2: their lines get the same format (Log4j2 through log4j-slf4j2-impl, Logback natively). */
@ExtendWith(StdoutCaptureExtension.class)
class Slf4jTest {
    private static final Logger log = LoggerFactory.getLogger(Slf4jTest.class);

    @Test
    void slf4jLinesAreTheSameJsonWithKeyValuesAtTopLevel(CapturedStdout stdout) {
        TestPipeline.of(TestPipeline.env()).run(null, FakeContext.builder().requestId("req-slf4j").build(), () -> {
            MDC.put("customer", "c-7");
            log.atInfo().addKeyValue("order_id", "o-42").log("placed");
            log.info("structured {}", StructuredArguments.entry("totals", Map.of("count", 3)));
            log.debug("below the threshold");
            log.error("failed", new IllegalArgumentException("bad order"));
        });

        var lines = stdout.jsonLines();
        assertThat(lines).hasSize(3);
        JsonNode placed = lines.get(0);
        assertThat(placed.get(LogFields.MESSAGE).asText()).isEqualTo("placed");
        assertThat(placed.get(LogFields.LOGGER).asText()).isEqualTo(Slf4jTest.class.getName());
        assertThat(placed.get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("req-slf4j");
        assertThat(placed.get("order_id").asText()).isEqualTo("o-42");
        assertThat(placed.get("customer").asText()).isEqualTo("c-7");
        assertThat(lines.get(1).get("totals").get("count").asInt()).isEqualTo(3);
        assertThat(lines.get(1).has("order_id")).as("key/value pairs belong to their own line").isFalse();
        assertThat(lines.get(2).get(LogFields.ERROR).get("name").asText()).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }
}
