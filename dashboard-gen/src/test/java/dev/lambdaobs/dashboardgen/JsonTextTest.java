package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.input.DocumentReader;
import dev.lambdaobs.dashboardgen.template.JsonText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
        int written = 0;
        try (Stream<Path> files = Files.list(TestSupport.shared().resolve("corpus/serverless-patterns"))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList()) {
                JsonNode root;
                try {
                    root = DocumentReader.read(file).root();
                } catch (BadInputException e) {
                    continue; // malformed: CorpusTest checks they are refused
                }
                assertSameAsJackson(root);
                for (JsonNode resource : root.path("Resources")) {
                    assertSameAsJackson(resource);
                }
                written++;
            }
        }
        assertThat(written).isGreaterThan(400);
    }

    @Test
    void escapesNonAsciiSurrogatesNumbersAndEmptyContainersAsJackson() throws Exception {
        ObjectNode value = JSON.objectNode();
        value.put("quote \" backslash \\ slash /", "tab\t newline\n return\r feed\f back\b bell\u0007 nul\u0000 unit\u001f del\u007f");
        value.put("é ß", "ü ħ \u07ff \u0800 € \uffff");
        value.put("long", "x".repeat(20_000) + "\u0001é€".repeat(5_000));
        value.putArray("numbers").add(0).add(-7).add(Long.MIN_VALUE).add(new BigInteger("123456789012345678901234567890"))
                .add(new BigDecimal("1.50")).add(new BigDecimal("1E+3")).add(0.1).add(1e-7).add(2.5f).add((short) 3)
                .add(true).add(false).addNull();
        value.putObject("empty");
        value.putArray("emptyList");
        value.putArray("nested").addObject().put("a", 1).putArray("b").addArray().addObject();
        value.putObject("deep").putObject("deeper").putArray("list").add("x").addObject().put("y", "z");
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
        ObjectNode value = JSON.objectNode();
        value.put("nan", Double.NaN).put("infinite", Float.NEGATIVE_INFINITY);
        value.putArray("list").add(JSON.pojoNode(List.of("a", "b")));
        value.set("binary", JSON.binaryNode(new byte[] {1, 2, 3}));
        assertSameAsJackson(value);
        assertSameAsJackson(new POJONode(List.of(1, 2)));
    }
}
