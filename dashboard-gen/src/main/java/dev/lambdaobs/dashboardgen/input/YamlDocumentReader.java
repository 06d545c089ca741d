package dev.lambdaobs.dashboardgen.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into a {@link LocatedDocument}. It works on SnakeYAML's node graph rather than its
 * object constructor, so short-form tags become long-form intrinsics and every node keeps its line.
 */
final class YamlDocumentReader {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Path file;
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<DuplicateKey> duplicates = new ArrayList<>();
    private final ReadBudget budget;

    private YamlDocumentReader(Path file, ReadBudget budget) {
        this.file = file;
        this.budget = budget;
    }

    static LocatedDocument read(Path file, Reader content) {
        return read(file, content, System::nanoTime);
    }

    /** Reads with {@code nanoTime} as the clock of the read-time limit. */
    static LocatedDocument read(Path file, Reader content, LongSupplier nanoTime) {
        YamlDocumentReader reader = new YamlDocumentReader(file, new ReadBudget(file, nanoTime));
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(InputLimits.MAX_DOCUMENT_SIZE);
        options.setNestingDepthLimit(InputLimits.MAX_NESTING_DEPTH);
        options.setMaxAliasesForCollections(InputLimits.MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        Node node;
        try {
            // What Yaml.compose does, without building a Yaml: its constructor and representer (unused here) start
            // java.util.logging, tens of milliseconds at start (issue 19).
            node = new Composer(new ParserImpl(new StreamReader(content), options), new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            String context = e.getContext() != null ? e.getContext() + ": " : "";
            throw new BadInputException(new SourceLocation(file, line),
                    "malformed YAML: " + context + e.getProblem());
        } catch (YAMLException e) {
            throw new BadInputException(new SourceLocation(file, 0), "malformed YAML or over a reading limit: " + e.getMessage()
                    + " (limits: " + InputLimits.MAX_ALIASES + " aliases to mappings or lists, nesting " + InputLimits.MAX_NESTING_DEPTH
                    + " deep, " + InputLimits.MAX_DOCUMENT_SIZE + " code points)");
        }
        if (node == null) {
            throw new BadInputException(new SourceLocation(file, 0), "the file is empty");
        }
        JsonNode root = reader.convert(node, "");
        return new LocatedDocument(file, root, reader.lines, reader.duplicates);
    }

    private JsonNode convert(Node node, String pointer) {
        int line = node.getStartMark().getLine() + 1;
        budget.count(line, node instanceof ScalarNode scalar ? scalar.getValue().length() : 0);
        lines.putIfAbsent(pointer, line);
        Tag tag = node.getTag();
        if (!tag.startsWith(Tag.PREFIX)) {
            return intrinsic(node, pointer, tag.getValue());
        }
        return plain(node, pointer);
    }

    private JsonNode intrinsic(Node node, String pointer, String tag) {
        String key = IntrinsicTags.longForm(tag).orElseThrow(() -> new BadInputException(
                new SourceLocation(file, node.getStartMark().getLine() + 1),
                "unknown YAML tag " + tag + "; expected one of the CloudFormation short forms " + IntrinsicTags.known()));
        String inner = LocatedDocument.child(pointer, key);
        JsonNode value;
        if (node instanceof ScalarNode scalar) {
            lines.putIfAbsent(inner, node.getStartMark().getLine() + 1);
            value = key.equals(IntrinsicTags.GET_ATT) ? splitGetAtt(scalar.getValue()) : JSON.textNode(scalar.getValue());
        } else {
            value = plain(node, inner);
        }
        ObjectNode object = JSON.objectNode();
        object.set(key, value);
        return object;
    }

    /** {@code !GetAtt Res.Attr.Sub} is {@code ["Res", "Attr.Sub"]}: the logical id has no dot. */
    private static JsonNode splitGetAtt(String value) {
        int dot = value.indexOf('.');
        ArrayNode parts = JSON.arrayNode();
        if (dot < 0) {
            return parts.add(value);
        }
        return parts.add(value.substring(0, dot)).add(value.substring(dot + 1));
    }

    private JsonNode plain(Node node, String pointer) {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JSON.arrayNode();
            for (Node item : sequence.getValue()) {
                array.add(convert(item, pointer + "/" + array.size()));
            }
            return array;
        }
        MappingNode mapping = (MappingNode) node;
        ObjectNode object = JSON.objectNode();
        List<ObjectNode> merged = new ArrayList<>();
        int mergeLine = 0;
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new BadInputException(new SourceLocation(file, tuple.getKeyNode().getStartMark().getLine() + 1),
                        "a mapping key must be a plain string");
            }
            int line = key.getStartMark().getLine() + 1;
            if (Tag.MERGE.equals(key.getTag())) {
                merged.addAll(mergeSources(tuple.getValueNode(), LocatedDocument.child(pointer, key.getValue()), line));
                mergeLine = line;
                continue;
            }
            String child = LocatedDocument.child(pointer, key.getValue());
            if (object.has(key.getValue())) {
                duplicates.add(new DuplicateKey(child, new SourceLocation(file, line), lines.get(child)));
            }
            lines.put(child, line);
            object.set(key.getValue(), convert(tuple.getValueNode(), child));
        }
        // YAML merge keys: the mapping's own keys win, then the merged mappings in the order given.
        for (ObjectNode source : merged) {
            for (Map.Entry<String, JsonNode> entry : source.properties()) {
                if (!object.has(entry.getKey())) {
                    object.set(entry.getKey(), entry.getValue().deepCopy());
                    lines.putIfAbsent(LocatedDocument.child(pointer, entry.getKey()), mergeLine);
                }
            }
        }
        return object;
    }

    /**
     * The mappings a YAML merge key ({@code <<: *defaults} or {@code <<: [*a, *b]}) brings in, as {@code sam} and
     * {@code aws cloudformation package} resolve them before CloudFormation sees the template.
     */
    private List<ObjectNode> mergeSources(Node value, String pointer, int line) {
        List<Node> sources = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
        List<ObjectNode> mappings = new ArrayList<>();
        for (Node source : sources) {
            if (!(source instanceof MappingNode) || !source.getTag().startsWith(Tag.PREFIX)) {
                throw new BadInputException(new SourceLocation(file, line),
                        "<<: a YAML merge key takes a mapping or a list of mappings (e.g. <<: *defaults)");
            }
            mappings.add((ObjectNode) convert(source, pointer + "/" + mappings.size()));
        }
        return mappings;
    }

    private static JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.INT.equals(tag)) {
                return JSON.numberNode(new BigInteger(text.replace("_", "")));
            }
            if (Tag.FLOAT.equals(tag)) {
                return JSON.numberNode(new java.math.BigDecimal(text.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            return JSON.textNode(text); // hex, octal or sexagesimal forms: keep the text CloudFormation sees
        }
        if (Tag.BOOL.equals(tag)) {
            return JSON.booleanNode(Boolean.parseBoolean(text) || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("on"));
        }
        if (Tag.NULL.equals(tag)) {
            return JSON.nullNode();
        }
        return JSON.textNode(text);
    }
}
