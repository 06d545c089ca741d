package dev.lambdaobs.dashboardgen.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON file as a Jackson tree, with the line of every node keyed by its JSON
 * pointer, so errors found long after parsing still name {@code file:line}.
 *
 * <pre>{@code
 * LocatedDocument doc = DocumentReader.read(Path.of("template.yaml"));
 * doc.locationOf("/Resources/MyFunction"); // template.yaml:14
 * }</pre>
 *
 * @param file  where it was read from
 * @param root  the content; CloudFormation short-form tags are already in their long form
 * @param lines      the 1-based line of each node, by JSON pointer ("" is the root)
 * @param duplicates keys given twice in one mapping (the last value is kept), in file order
 */
public record LocatedDocument(Path file, JsonNode root, Map<String, Integer> lines, List<DuplicateKey> duplicates) {
    public LocatedDocument {
        lines = Map.copyOf(lines);
        duplicates = List.copyOf(duplicates);
    }

    /** The place of the node at {@code pointer}, or of the file when the pointer is unknown. */
    public SourceLocation locationOf(String pointer) {
        return new SourceLocation(file, lines.getOrDefault(pointer, 0));
    }

    /** Extends a JSON pointer by one key, escaping as RFC 6901 requires. */
    public static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** One key of a JSON pointer as written in the file (the reverse of the escaping {@link #child} does). */
    public static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
