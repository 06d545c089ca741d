package dev.lambdaobs.dashboardgen.template;

import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.input.DocumentReader;
import dev.lambdaobs.dashboardgen.input.LocatedDocument;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What a key given twice in a template does. By default ({@link #warnTo}) a duplicate that hides
 * something (a section, a resource, a resource attribute, a condition, a parameter, a Globals
 * section) is refused and one deeper down is a warning, since CloudFormation deploys it with the
 * last value; {@link #refuseAll()} ({@code --strict}) refuses every one, as YAML and JSON do.
 *
 * <pre>{@code
 * CfnTemplate template = CfnTemplate.read(Path.of("template.yaml"), DuplicateKeys.warnTo(System.err::println));
 * }</pre>
 *
 * @param strict   every duplicate key is a {@link BadInputException}
 * @param warnings where a tolerated duplicate is reported, one whole line each
 */
public record DuplicateKeys(boolean strict, Consumer<String> warnings) {
    /** CloudFormation's behaviour, warning on {@code warnings} about each tolerated duplicate. */
    public static DuplicateKeys warnTo(Consumer<String> warnings) {
        return new DuplicateKeys(false, warnings);
    }

    /** Every duplicate key is refused. */
    public static DuplicateKeys refuseAll() {
        return new DuplicateKeys(true, line -> { });
    }

    /**
     * Reads a template file and applies this policy to its duplicate keys.
     *
     * @throws BadInputException when the file is missing or malformed, or has a duplicate this policy refuses
     */
    public LocatedDocument read(Path file) {
        LocatedDocument document = DocumentReader.read(file);
        check(document);
        return document;
    }

    /** @throws BadInputException naming file:line, the resource or output and the key of the first refused duplicate */
    public void check(LocatedDocument document) {
        TemplateChecks.duplicates(document, this);
    }
}
