package dev.lambdaobs.dashboardgen.input;

/**
 * A key given twice in one mapping. YAML and JSON forbid it, yet CloudFormation deploys such a
 * template taking the last value; the reader keeps the last value too and records the duplicate,
 * and the template or config reader decides whether it is an error.
 *
 * @param pointer   the JSON pointer of the key
 * @param location  where the second one is
 * @param firstLine the line of the first one
 */
public record DuplicateKey(String pointer, SourceLocation location, int firstLine) {
    /** The key's path with dots, e.g. {@code Resources.Fn.Properties.Timeout}. */
    public String path() {
        return pointer.substring(1).replace('/', '.').replace("~1", "/").replace("~0", "~");
    }

    /** The error for this duplicate. */
    public BadInputException error() {
        return new BadInputException(location, "duplicate key " + path() + firstAt());
    }

    /** The error for this duplicate inside a named thing, e.g. {@code resource Fn: duplicate key Properties.Timeout}. */
    public BadInputException error(String owner, String key) {
        return new BadInputException(location, owner + ": duplicate key " + key + firstAt());
    }

    private String firstAt() {
        return " (first at line " + firstLine + "); each key may appear once in a mapping";
    }
}
