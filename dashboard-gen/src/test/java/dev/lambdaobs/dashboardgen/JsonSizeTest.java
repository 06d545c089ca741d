package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.input.DocumentReader;
import dev.lambdaobs.dashboardgen.template.JsonSize;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sizes JsonSize counts from the tree are the lengths Jackson writes, for every template of the corpus and odd values. */
class JsonSizeTest {
    private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static void assertSizes(JsonNode value) throws Exception {
        assertThat(JsonSize.prettyUtf8Bytes(value)).as("pretty UTF-8 bytes of %s", value).isEqualTo(PRETTY.writeValueAsBytes(value).length);
        assertThat(JsonSize.compactCharacters(value)).as("compact characters of %s", value).isEqualTo(value.toString().length());
    }

    @Test
    void everyCorpusTemplateAndEachOfItsResources() throws Exception {
        int measured = 0;
        try (Stream<Path> files = Files.list(TestSupport.shared().resolve("corpus/serverless-patterns"))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
                JsonNode root;
                try {
                    root = DocumentReader.read(file).root();
                } catch (BadInputException e) {
                    continue; // malformed: CorpusTest checks they are refused
                }
                assertSizes(root);
                for (JsonNode resource : root.path("Resources")) {
                    assertSizes(resource);
                }
                measured++;
            }
        }
        assertThat(measured).isGreaterThan(400);
    }

    @Test
    void escapesNonAsciiSurrogatesNumbersAndEmptyContainers() throws Exception {
        ObjectNode value = JSON.objectNode();
        value.put("quote \" backslash \\ slash /", "tab\t newline\n return\r feed\f back\b bell\u0007 nul\u0000 unit\u001f del\u007f");
        value.put("é ß", "ü ħ \u07ff \u0800 € \uffff");
        value.put("emoji \ud83d\ude00", "lone \ud800 high, lone \udc00 low, pair \ud83d\udca5");
        value.putObject("empty");
        value.putArray("emptyList");
        value.putArray("numbers").add(0).add(-7).add(Long.MIN_VALUE).add(new BigInteger("123456789012345678901234567890"))
                .add(new BigDecimal("1.50")).add(new BigDecimal("1E+3")).add(0.1).add(1e-7).add(2.5f).add((short) 3)
                .add(true).add(false).addNull();
        value.putArray("nested").addObject().put("a", 1).putArray("b").addArray().addObject();
        value.putObject("deep").putObject("deeper").putArray("list").add("x").addObject().put("y", "z");
        assertSizes(value);
        assertSizes(JSON.textNode("alone"));
        assertSizes(JSON.arrayNode());
    }

    @Test
    void valuesItDoesNotMeasureItselfAreMeasuredByJackson() throws Exception {
        ObjectNode value = JSON.objectNode();
        value.put("nan", Double.NaN).put("infinite", Float.NEGATIVE_INFINITY);
        value.putArray("list").add(JSON.pojoNode(List.of("a", "b")));
        value.set("binary", JSON.binaryNode(new byte[] {1, 2, 3}));
        assertSizes(value);
        assertSizes(new POJONode(List.of(1, 2)));
    }
}
