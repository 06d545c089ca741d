package dev.lambdaobs.tracing.xray;

import dev.lambdaobs.tracing.rules.XRayLimits;
import dev.lambdaobs.tracing.rules.XRayNames;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * Turns metadata values into JSON when they are recorded, not when the document is sent: a value
 * that cannot be serialized then costs one metadata entry (a marker) instead of the whole document,
 * later changes to the object do not leak into the trace, and the size is known for the limit.
 */
final class MetadataValues {
    /** Stack frames kept when an exception is recorded as metadata; X-Ray's {@code cause} has the full stack. */
    static final int ERROR_FRAMES = 10;
    /** Longest preview of a truncated value, so one big value cannot use the whole document. */
    static final int MAX_PREVIEW_CHARS = 1_024;

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MetadataValues() {
    }

    /** The value as JSON; what cannot be serialized becomes {@code {"unserializable": type, "reason": ...}}. */
    static JsonNode toJson(Object value) {
        if (value instanceof Throwable error) {
            return describe(error, 0);
        }
        try {
            return MAPPER.valueToTree(value);
        } catch (RuntimeException | StackOverflowError e) {
            ObjectNode marker = NODES.objectNode();
            marker.put("unserializable", value.getClass().getName());
            marker.put("reason", safeMessage(e));
            return marker;
        }
    }

    /** The JSON text of {@code node}. */
    static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    /** The UTF-8 size of {@code text}. */
    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The marker that replaces a value too large for the room left: says so, keeps the original size
     * and the start of the JSON text, and itself fits in {@code room} bytes when possible.
     */
    static ObjectNode truncated(String text, int originalBytes, int room) {
        int previewChars = Math.min(text.length(), MAX_PREVIEW_CHARS);
        ObjectNode marker = marker(text, originalBytes, previewChars);
        while (previewChars > 0 && bytes(text(marker)) > room) {
            previewChars /= 2;
            marker = marker(text, originalBytes, previewChars);
        }
        return marker;
    }

    private static ObjectNode marker(String text, int originalBytes, int previewChars) {
        ObjectNode marker = NODES.objectNode();
        marker.put("truncated", true);
        marker.put("original_bytes", originalBytes);
        marker.put("limit_bytes", XRayLimits.MAX_SEGMENT_DOCUMENT_BYTES);
        marker.put("preview", XRayNames.truncate(text, previewChars));
        return marker;
    }

    private static ObjectNode describe(Throwable error, int depth) {
        ObjectNode node = NODES.objectNode();
        node.put("type", error.getClass().getName());
        node.put("message", safeMessage(error));
        ArrayNode stack = node.putArray("stack");
        StackTraceElement[] frames = error.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, ERROR_FRAMES); i++) {
            stack.add(frames[i].toString());
        }
        Throwable cause = error.getCause();
        if (cause != null && cause != error && depth < 3) {
            node.set("cause", describe(cause, depth + 1));
        }
        return node;
    }

    /** The message, without letting a throwing {@code getMessage()} escape. */
    static String safeMessage(Throwable error) {
        try {
            String message = error.getMessage();
            return message == null ? "" : message;
        } catch (RuntimeException e) {
            return "<getMessage() threw " + e.getClass().getName() + ">";
        }
    }
}
