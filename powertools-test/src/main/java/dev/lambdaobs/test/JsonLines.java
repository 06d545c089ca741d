package dev.lambdaobs.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Parses lines of JSON for assertions; a line that is not one JSON object fails with the line in the message. */
final class JsonLines {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLines() {
    }

    static JsonNode parse(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            if (node == null || !node.isObject()) {
                throw new AssertionError("not a JSON object: " + line);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new AssertionError("not valid JSON: " + line, e);
        }
    }

    static List<JsonNode> parseAll(List<String> lines) {
        return lines.stream().map(JsonLines::parse).toList();
    }
}
