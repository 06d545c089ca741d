package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.template.JsonSize;
import org.junit.jupiter.api.Test;

/** The sizes JsonSize counts (JsonText into a counting sink) are the lengths Jackson writes, for every template of the corpus and odd values. */
class JsonSizeTest {
    private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static void assertSizes(JsonNode value) throws Exception {
        assertThat(JsonSize.prettyUtf8Bytes(value)).as("pretty UTF-8 bytes of %s", value).isEqualTo(PRETTY.writeValueAsBytes(value).length);
        assertThat(JsonSize.compactCharacters(value)).as("compact characters of %s", value).isEqualTo(value.toString().length());
    }

    @Test
    void everyCorpusTemplateAndEachOfItsResources() throws Exception {
        assertThat(JsonSamples.checkCorpus(JsonSizeTest::assertSizes)).isGreaterThan(400);
    }

    @Test
    void escapesNonAsciiSurrogatesNumbersAndEmptyContainers() throws Exception {
        assertSizes(JsonSamples.oddValues());
        ObjectNode beyondOneChunk = JsonSamples.oddValues();
        beyondOneChunk.put("long", "x".repeat(20_000) + "\u0001é€".repeat(5_000));
        assertSizes(beyondOneChunk);
        assertSizes(JSON.textNode("alone"));
        assertSizes(JSON.arrayNode());
    }

    @Test
    void valuesItDoesNotMeasureItselfAreMeasuredByJackson() throws Exception {
        for (JsonNode value : JsonSamples.jacksonOnly()) {
            assertSizes(value);
        }
    }
}
