package dev.lambdaobs.examples.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** JSON bodies for the API responses. */
final class JsonResponses {
    static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonResponses() {
    }

    static String body(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serializable as JSON: " + value.getClass().getName(), e);
        }
    }

    static String error(String message) {
        return body(Map.of("message", message));
    }
}
