package dev.lambdaobs.dashboardgen.input;

import java.nio.file.Path;

/**
 * A place in an input file, printed as {@code file:line} so editors and CI logs link to it.
 *
 * <pre>{@code
 * new SourceLocation(Path.of("template.yaml"), 12).toString(); // "template.yaml:12"
 * }</pre>
 *
 * @param file the input file
 * @param line the 1-based line, or 0 when unknown
 */
public record SourceLocation(Path file, int line) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
