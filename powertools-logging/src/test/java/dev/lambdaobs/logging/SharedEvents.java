package dev.lambdaobs.logging;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The real Lambda event payloads in ../shared/events. */
final class SharedEvents {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SharedEvents() {
    }

    static Path dir() {
        String shared = System.getProperty("lambdaobs.shared");
        Path root = shared != null ? Path.of(shared) : Path.of("..", "..", "shared");
        return root.resolve("events");
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(dir().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(String name) {
        try {
            return MAPPER.readValue(bytes(name), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
