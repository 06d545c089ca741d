package dev.lambdaobs.examples.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared EMF (draft-07) and X-Ray segment (draft-04) schemas, to validate what the handlers wrote and sent. */
public final class SharedSchemas {
    private static final JsonSchema EMF = load("schemas/emf/emf.schema.json", SpecVersion.VersionFlag.V7);
    private static final JsonSchema XRAY = load("schemas/xray/xray-segment.schema.json", SpecVersion.VersionFlag.V4);

    private SharedSchemas() {
    }

    /** Fails naming every violation when {@code document} is not a valid EMF document. */
    public static void assertValidEmf(JsonNode document) {
        assertThat(EMF.validate(document)).as("EMF schema violations of %s", document).isEmpty();
    }

    /** Fails naming every violation when {@code document} is not a valid X-Ray segment document. */
    public static void assertValidSegment(JsonNode document) {
        assertThat(XRAY.validate(document)).as("X-Ray schema violations of %s", document).isEmpty();
    }

    /** The shared directory: the {@code lambdaobs.shared} property the parent pom sets, else {@code ../../shared}. */
    public static Path sharedDir() {
        String property = System.getProperty("lambdaobs.shared");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        return Path.of("..", "..", "shared").toAbsolutePath().normalize();
    }

    private static JsonSchema load(String relative, SpecVersion.VersionFlag version) {
        Path file = sharedDir().resolve(relative);
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(version).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
