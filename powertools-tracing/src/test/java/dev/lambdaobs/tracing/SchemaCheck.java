package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The shared X-Ray segment document schema (draft-04), for validating what the SDK sent. */
public final class SchemaCheck {
    private static final JsonSchema SCHEMA = load();

    private SchemaCheck() {
    }

    /** Fails naming every violation when {@code document} is not a valid segment document. */
    public static void assertValid(JsonNode document) {
        Set<ValidationMessage> errors = SCHEMA.validate(document);
        assertThat(errors).as("schema violations of %s", document).isEmpty();
    }

    private static JsonSchema load() {
        Path file = sharedDir().resolve("schemas/xray/xray-segment.schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Path sharedDir() {
        String property = System.getProperty("lambdaobs.shared");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        return Path.of("..", "..", "shared").toAbsolutePath().normalize();
    }
}
