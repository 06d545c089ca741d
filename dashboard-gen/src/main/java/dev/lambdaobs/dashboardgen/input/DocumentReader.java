package dev.lambdaobs.dashboardgen.input;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a YAML or JSON file (a template or the config). JSON is recognised by its first
 * non-blank character, so a {@code .template} file written by CDK works too.
 *
 * <pre>{@code
 * LocatedDocument doc = DocumentReader.read(Path.of("template.yaml"));
 * }</pre>
 */
public final class DocumentReader {
    private DocumentReader() {
    }

    /**
     * @throws BadInputException when the file is missing, unreadable or malformed
     */
    public static LocatedDocument read(Path file) {
        String content;
        try {
            if (Files.size(file) > InputLimits.MAX_DOCUMENT_SIZE) {
                throw new BadInputException(new SourceLocation(file, 0), Files.size(file) + " bytes; a template or config may have at most "
                        + InputLimits.MAX_DOCUMENT_SIZE + " (CloudFormation itself takes at most 1 MB)");
            }
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(new SourceLocation(file, 0), "no such file");
        } catch (IOException e) {
            throw new BadInputException(new SourceLocation(file, 0), "cannot read the file: " + e);
        }
        return parse(file, content);
    }

    /** Parses content that was read elsewhere; {@code file} only names it in errors. */
    public static LocatedDocument parse(Path file, String content) {
        // A UTF-8 byte-order mark is not content; it ends no line, so line numbers stay right.
        String body = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (body.stripLeading().startsWith("{")) {
            try {
                return JsonDocumentReader.read(file, new StringReader(body));
            } catch (IOException e) {
                throw new BadInputException(new SourceLocation(file, 0), "cannot read the file: " + e);
            }
        }
        return YamlDocumentReader.read(file, new StringReader(body));
    }
}
