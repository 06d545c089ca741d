package dev.lambdaobs.dashboardgen.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON into a {@link LocatedDocument}, streaming so each node keeps its line. */
final class JsonDocumentReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH).maxDocumentLength(InputLimits.MAX_DOCUMENT_SIZE).build()).build();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Path file;
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<DuplicateKey> duplicates = new ArrayList<>();

    private JsonDocumentReader(Path file) {
        this.file = file;
    }

    static LocatedDocument read(Path file, Reader content) throws IOException {
        JsonDocumentReader reader = new JsonDocumentReader(file);
        try (JsonParser parser = FACTORY.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new BadInputException(new SourceLocation(file, 0), "the file is empty");
            }
            JsonNode root = reader.value(parser, "");
            if (parser.nextToken() != null) {
                throw new BadInputException(reader.here(parser), "malformed JSON: content after the end of the document");
            }
            return new LocatedDocument(file, root, reader.lines, reader.duplicates);
        } catch (StreamConstraintsException e) {
            throw new BadInputException(new SourceLocation(file, 0), "over a reading limit: " + e.getOriginalMessage());
        } catch (JsonParseException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNr() : 0;
            throw new BadInputException(new SourceLocation(file, line), "malformed JSON: " + e.getOriginalMessage());
        }
    }

    private SourceLocation here(JsonParser parser) {
        return new SourceLocation(file, parser.currentTokenLocation().getLineNr());
    }

    private JsonNode value(JsonParser parser, String pointer) throws IOException {
        lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = JSON.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    String child = LocatedDocument.child(pointer, key);
                    int line = parser.currentTokenLocation().getLineNr();
                    if (object.has(key)) {
                        duplicates.add(new DuplicateKey(child, new SourceLocation(file, line), lines.get(child)));
                    }
                    lines.put(child, line);
                    parser.nextToken();
                    object.set(key, value(parser, child));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = JSON.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser, pointer + "/" + array.size()));
                }
                return array;
            }
            case VALUE_STRING -> {
                return JSON.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return JSON.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return JSON.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return JSON.booleanNode(parser.getBooleanValue());
            }
            case VALUE_NULL -> {
                return JSON.nullNode();
            }
            default -> throw new BadInputException(here(parser), "malformed JSON: unexpected " + token);
        }
    }
}
