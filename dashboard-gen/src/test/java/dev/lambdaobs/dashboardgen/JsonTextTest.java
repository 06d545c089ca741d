package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.template.JsonText;
import org.junit.jupiter.api.Test;

/** JsonText writes the bytes and text Jackson writes, for every template of the corpus and odd values. */
class JsonTextTest {
    /** How the CLI wrote its files before JsonText. */
    private static final ObjectMapper INDENTED = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static void assertSameAsJackson(JsonNode value) throws Exception {
        assertThat(JsonText.prettyUtf8(value)).as("pretty UTF-8 of %s", value).isEqualTo(INDENTED.writeValueAsBytes(value));
        assertThat(JsonText.compact(value)).as("compact text of %s", value).isEqualTo(value.toString());
    }

    @Test
    void everyCorpusTemplateAndEachOfItsResources() throws Exception {
        assertThat(JsonSamples.checkCorpus(JsonTextTest::assertSameAsJackson)).isGreaterThan(400);
    }

    @Test
    void escapesNonAsciiSurrogatesNumbersAndEmptyContainersAsJackson() throws Exception {
        ObjectNode value = JsonSamples.oddValues();
        value.put("long", "x".repeat(20_000) + "\u0001é€".repeat(5_000));
        assertSameAsJackson(value);
        assertSameAsJackson(JSON.textNode("alone"));
        assertSameAsJackson(JSON.arrayNode());
        assertSameAsJackson(JSON.objectNode());
        assertSameAsJackson(JSON.numberNode(42));
    }

    @Test
    void surrogatesAreEscapedInUtf8AndKeptInText() throws Exception {
        ObjectNode value = JSON.objectNode();
        value.put("emoji \ud83d\ude00", "lone \ud800 high, lone \udc00 low, pair \ud83d\udca5");
        assertSameAsJackson(value);
        assertThat(new String(JsonText.prettyUtf8(value), java.nio.charset.StandardCharsets.US_ASCII)).contains("\\uD83D\\uDE00");
    }

    @Test
    void valuesItDoesNotWriteItselfAreWrittenByJackson() throws Exception {
        for (JsonNode value : JsonSamples.jacksonOnly()) {
            assertSameAsJackson(value);
        }
    }
}
