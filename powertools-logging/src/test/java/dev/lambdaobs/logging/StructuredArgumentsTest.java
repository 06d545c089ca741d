package dev.lambdaobs.logging;

import static dev.lambdaobs.logging.StructuredArguments.array;
import static dev.lambdaobs.logging.StructuredArguments.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.logging.json.RawJson;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code array} and {@code json} arguments, on each backend: real lines parsed back as JSON. */
@ExtendWith(StdoutCaptureExtension.class)
class StructuredArgumentsTest {
    private static final Logger log = LoggerFactory.getLogger(StructuredArgumentsTest.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void arrayWritesAJsonArrayOfItsValuesCopiedWhenMade(CapturedStdout stdout) throws Exception {
        Object[] values = {"A-1", 2, null, Map.of("qty", 3), new int[] {4, 5}};
        StructuredArgument items = array("items", values);
        values[0] = "changed";

        run(() -> log.info("picked {}", items));

        JsonNode line = onlyLine(stdout);
        assertThat(line.get("items")).isEqualTo(MAPPER.readTree("[\"A-1\",2,null,{\"qty\":3},[4,5]]"));
        assertThat(line.get(LogFields.MESSAGE).asText()).startsWith("picked items=[A-1, 2, null, {qty=3}, [I@");
    }

    @Test
    void arrayOfNothingIsEmptyAndANullArrayIsNull(CapturedStdout stdout) {
        run(() -> log.info("none", array("empty"), array("absent", (Object[]) null)));

        JsonNode line = onlyLine(stdout);
        assertThat(line.get("empty").isArray()).isTrue();
        assertThat(line.get("empty")).isEmpty();
        assertThat(line.get("absent").isNull()).isTrue();
    }

    @Test
    void jsonEmbedsTheValueOnOneLineWithItsNumbersExact(CapturedStdout stdout) throws Exception {
        String pretty = "{\n  \"status\" : \"ok\",\n\t\"fee\" : 0.30,\r\n  \"big\" : 12345678901234567890.123456789,"
                + "\n  \"items\" : [ 1, \"two\\nlines\", true, null, { } ]\n}\n";

        run(() -> log.info("upstream {}", json("upstream", pretty)));

        List<String> lines = stdout.lines();
        assertThat(lines).as("one whole line").hasSize(1);
        JsonNode upstream = MAPPER.readTree(lines.get(0)).get("upstream");
        assertThat(upstream.isObject()).isTrue();
        assertThat(upstream.get("status").asText()).isEqualTo("ok");
        assertThat(upstream.get("items")).isEqualTo(MAPPER.readTree("[1,\"two\\nlines\",true,null,{}]"));
        assertThat(lines.get(0)).contains("\"fee\":0.30", "\"big\":12345678901234567890.123456789");
        assertThat(MAPPER.readTree(lines.get(0)).get(LogFields.MESSAGE).asText()).isEqualTo("upstream upstream=" + pretty);
    }

    @Test
    void jsonScalarsAreWrittenAsThoseScalars(CapturedStdout stdout) {
        run(() -> log.info("scalars", json("s", "\"text\""), json("n", " -7 "), json("d", "1.5e3"), json("t", "true"),
                json("z", "null"), json("j", null)));

        JsonNode line = onlyLine(stdout);
        assertThat(line.get("s").asText()).isEqualTo("text");
        assertThat(line.get("n").asLong()).isEqualTo(-7);
        assertThat(line.get("d").decimalValue()).isEqualByComparingTo(new BigDecimal("1500"));
        assertThat(line.get("t").booleanValue()).isTrue();
        assertThat(line.get("z").isNull()).isTrue();
        assertThat(line.get("j").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"a\":", "[1,]", "{\"a\":1}}", "{} {}", "1 2", "NaN", "abc",
            "'single'", "{\"a\":1,}", "\"unterminated", "{\"a\":\"x\ny\"}", "\u0000"})
    void textThatIsNotOneJsonValueIsWrittenAsAStringAndTheLineStaysWhole(String bad, CapturedStdout stdout) {
        run(() -> log.info("bad", json("payload", bad)));

        List<String> lines = stdout.lines();
        assertThat(lines).as("one whole line").hasSize(1);
        JsonNode line = onlyLine(stdout);
        assertThat(line.get("payload").isTextual()).isTrue();
        assertThat(line.get("payload").asText()).isEqualTo(bad);
        assertThat(line.get(LogFields.LEVEL).asText()).isEqualTo("INFO");
    }

    @Test
    void badTextIsReportedOncePerKey() {
        List<String> reports = new ArrayList<>();
        Diagnostics diagnostics = Diagnostics.to(reports::add);

        RawJson first = RawJson.parse("upstream", "{\"status\":", diagnostics);
        RawJson again = RawJson.parse("upstream", "not json", diagnostics);
        RawJson other = RawJson.parse("other", "[1,", diagnostics);
        RawJson fine = RawJson.parse("fine", "[1]", diagnostics);

        assertThat(List.of(first.valid(), again.valid(), other.valid(), fine.valid()))
                .containsExactly(false, false, false, true);
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0)).contains("StructuredArguments.json(\"upstream\"", "not one complete JSON value",
                "written as a JSON string");
        assertThat(reports.get(1)).contains("\"other\"");
    }

    @Test
    void jsonNestedDeeperThanTheLimitIsCutLikeAnyValue(CapturedStdout stdout) {
        String deep = "[".repeat(40) + "]".repeat(40);

        run(() -> log.info("deep", json("deep", deep)));

        JsonNode value = onlyLine(stdout).get("deep");
        for (int i = 0; i < dev.lambdaobs.logging.json.JsonValues.MAX_DEPTH; i++) {
            value = value.get(0);
        }
        assertThat(value.asText()).isEqualTo(dev.lambdaobs.logging.json.JsonValues.TOO_DEEP);
    }

    private static void run(Runnable body) {
        TestPipeline.of(TestPipeline.env()).run(null, FakeContext.create(), body);
    }

    private static JsonNode onlyLine(CapturedStdout stdout) {
        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }
}
