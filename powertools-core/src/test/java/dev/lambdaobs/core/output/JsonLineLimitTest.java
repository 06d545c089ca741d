package dev.lambdaobs.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonLineLimitTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIMIT = 4_000;

    private static JsonNode fit(String line) throws Exception {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] fitted = JsonLineLimit.fit(bytes, bytes.length, LIMIT);
        assertThat(fitted[fitted.length - 1]).isEqualTo((byte) '\n');
        assertThat(fitted.length - 1).isLessThanOrEqualTo(LIMIT);
        return JSON.readTree(new String(fitted, 0, fitted.length - 1, StandardCharsets.UTF_8));
    }

    @Test
    void aLineThatFitsIsUnchanged() throws Exception {
        JsonNode line = fit("{\"level\":\"INFO\",\"message\":\"hello\"}");
        assertThat(line.toString()).isEqualTo("{\"level\":\"INFO\",\"message\":\"hello\"}");
    }

    @Test
    void theLongestStringsAreCutWithTheMarkerAndShortOnesKept() throws Exception {
        String line = "{\"level\":\"INFO\",\"function_request_id\":\"req-1\",\"message\":\"" + "é\\\"x".repeat(3_000)
                + "\",\"nested\":{\"stack\":\"" + "at frame\\n".repeat(500) + "\",\"n\":12},\"ok\":true}";

        JsonNode fitted = fit(line);

        assertThat(fitted.get("level").asText()).isEqualTo("INFO");
        assertThat(fitted.get("function_request_id").asText()).isEqualTo("req-1");
        assertThat(fitted.get("message").asText()).endsWith(JsonLineLimit.MARKER).startsWith("é\"x");
        assertThat(fitted.get("nested").get("stack").asText()).endsWith(JsonLineLimit.MARKER);
        assertThat(fitted.get("nested").get("n").asInt()).isEqualTo(12);
        assertThat(fitted.get("ok").asBoolean()).isTrue();
    }

    @Test
    void containersThenLastMembersGoWhenStringsAloneCannotMakeItFit() throws Exception {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 2_000; i++) {
            many.append(i > 0 ? "," : "").append(i);
        }
        many.append(']');
        StringBuilder line = new StringBuilder("{\"level\":\"ERROR\",\"function_request_id\":\"req-2\",\"numbers\":")
                .append(many);
        for (int i = 0; i < 400; i++) {
            line.append(",\"k").append(i).append("\":").append(i);
        }
        line.append('}');

        JsonNode fitted = fit(line.toString());

        assertThat(fitted.get("level").asText()).isEqualTo("ERROR");
        assertThat(fitted.get("function_request_id").asText()).isEqualTo("req-2");
        assertThat(fitted.get("numbers").asText()).isEqualTo(JsonLineLimit.MARKER);
    }

    @Test
    void anyNestingDepthStaysValid() throws Exception {
        String deep = "[".repeat(3_000) + "\"" + "y".repeat(5_000) + "\"" + "]".repeat(3_000);
        JsonNode fitted = fit("{\"message\":\"m\",\"deep\":" + deep + "}");
        assertThat(fitted.get("message").asText()).isEqualTo("m");
    }

    @Test
    void randomLinesAlwaysComeOutValidAndWithinTheLimit() throws Exception {
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            StringBuilder line = new StringBuilder("{\"id\":").append(round);
            int members = 1 + random.nextInt(30);
            for (int m = 0; m < members; m++) {
                line.append(",\"m").append(m).append("\":");
                if (random.nextBoolean()) {
                    line.append('"').append("ab\\u00e9\\\"€".repeat(random.nextInt(800))).append('"');
                } else {
                    line.append("{\"x\":[\"").append("z".repeat(random.nextInt(3_000))).append("\",1,null]}");
                }
            }
            fit(line.append('}').toString());
        }
    }
}
