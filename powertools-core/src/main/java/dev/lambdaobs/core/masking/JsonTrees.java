package dev.lambdaobs.core.masking;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns a handler's event or response into a JSON tree, for correlation id paths, for logging it and for
 * trace captures. Jackson is loaded only when a feature needs it, so handlers that use neither pay nothing at start-up.
 *
 * <pre>{@code
 * JsonNode tree = JsonTrees.toTree(event);   // a POJO, Map, JsonNode, JSON String or byte[]
 * }</pre>
 */
public final class JsonTrees {
    private JsonTrees() {
    }

    /** The shared mapper, created on first use. */
    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    /**
     * The event as a tree: a {@code byte[]} or a {@code String} holding JSON is parsed, other objects
     * are converted. A stream is never read (the handler still needs it); text that is not JSON
     * becomes a text node.
     *
     * @throws IllegalArgumentException when the object cannot be converted
     */
    public static JsonNode toTree(Object event) {
        ObjectMapper mapper = mapper();
        if (event == null) {
            return mapper.nullNode();
        }
        if (event instanceof JsonNode node) {
            return node;
        }
        if (event instanceof InputStream) {
            return mapper.getNodeFactory().textNode("<stream>");
        }
        if (event instanceof byte[] bytes) {
            return parseOrText(new String(bytes, StandardCharsets.UTF_8));
        }
        if (event instanceof CharSequence text) {
            return parseOrText(text.toString());
        }
        return mapper.valueToTree(event);
    }

    private static JsonNode parseOrText(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return Holder.STRICT.readTree(trimmed);
            } catch (IOException e) {
                // Not exactly one JSON value (as PlainTrees decides without Jackson): log it as text.
            }
        }
        return mapper().getNodeFactory().textNode(text);
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .registerModule(dateTimesAsText());
        /** Text followed by more than a JSON value is not JSON: the trailing text would be lost. */
        static final ObjectReader STRICT = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Events carry Joda ({@code ScheduledEvent.getTime()}) and java.time values, which Jackson refuses
     * without extra modules; their ISO-8601 {@code toString()} is what a log line wants anyway.
     */
    private static SimpleModule dateTimesAsText() {
        SimpleModule module = new SimpleModule("lambdaobs-date-times");
        module.setSerializers(new SimpleSerializers() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription bean) {
                String name = type.getRawClass().getName();
                return name.startsWith("org.joda.time.") || name.startsWith("java.time.")
                        ? ToStringSerializer.instance : super.findSerializer(config, type, bean);
            }
        });
        return module;
    }
}
