package dev.lambdaobs.dashboardgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.input.DocumentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** JSON trees the size counter and the writer are held to Jackson with: the corpus, and values with every odd part. */
final class JsonSamples {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonSamples() {
    }

    /** A check of one value that may throw (Jackson's writers do). */
    @FunctionalInterface
    interface Check {
        void accept(JsonNode value) throws Exception;
    }

    /** Runs the check on each corpus template that parses and on each of its resources; returns the templates checked. */
    static int checkCorpus(Check check) throws Exception {
        List<JsonNode> templates = corpus();
        for (JsonNode template : templates) {
            check.accept(template);
            for (JsonNode resource : template.path("Resources")) {
                check.accept(resource);
            }
        }
        return templates.size();
    }

    /** Each corpus template that parses, by name. */
    private static List<JsonNode> corpus() {
        List<JsonNode> values = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestSupport.shared().resolve("corpus/serverless-patterns"))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
                JsonNode root;
                try {
                    root = DocumentReader.read(file).root();
                } catch (BadInputException e) {
                    continue; // malformed: CorpusTest checks they are refused
                }
                values.add(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    /** Escapes, non-ASCII text, lone and paired surrogates, every number type, empty and nested containers. */
    static ObjectNode oddValues() {
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
        return value;
    }

    /** Values templates never hold, left to Jackson: NaN, an infinity, POJOs, binary. */
    static List<JsonNode> jacksonOnly() {
        ObjectNode value = JSON.objectNode();
        value.put("nan", Double.NaN).put("infinite", Float.NEGATIVE_INFINITY);
        value.putArray("list").add(JSON.pojoNode(List.of("a", "b")));
        value.set("binary", JSON.binaryNode(new byte[] {1, 2, 3}));
        return List.of(value, JSON.pojoNode(List.of(1, 2)));
    }
}
