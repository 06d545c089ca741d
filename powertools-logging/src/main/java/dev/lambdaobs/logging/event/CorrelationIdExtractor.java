package dev.lambdaobs.logging.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.jackson.JacksonRuntime;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the correlation id in an event with a JMESPath expression, compiled once at start-up so an
 * invalid path fails fast with a clear message.
 *
 * <pre>{@code
 * CorrelationIdExtractor ids = CorrelationIdExtractor.compile(CorrelationIdPaths.API_GATEWAY_REST);
 * Optional<String> id = ids.find(JsonTrees.toTree(event));
 * }</pre>
 */
public final class CorrelationIdExtractor {
    private final Expression<JsonNode> expression;

    private CorrelationIdExtractor(Expression<JsonNode> expression) {
        this.expression = expression;
    }

    /**
     * Compiles {@code path}.
     *
     * @throws IllegalArgumentException naming the path when it is not valid JMESPath
     */
    public static CorrelationIdExtractor compile(String path) {
        Objects.requireNonNull(path, "path");
        try {
            return new CorrelationIdExtractor(Runtime.JMESPATH.compile(path));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid correlation id path '" + path + "': " + e.getMessage(), e);
        }
    }

    /** The id at the path: a string as is, a number or boolean as text; empty when absent, null or a container. */
    public Optional<String> find(JsonNode event) {
        JsonNode found = expression.search(event);
        if (found == null || !found.isValueNode() || found.isNull()) {
            return Optional.empty();
        }
        String id = found.asText();
        return id.isBlank() ? Optional.empty() : Optional.of(id);
    }

    private static final class Runtime {
        static final JmesPath<JsonNode> JMESPATH = new JacksonRuntime();
    }
}
