package dev.lambdaobs.dashboardgen.preview.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * When an invocation started: its own {@code timestamp} (ISO-8601 or epoch millis), else the time of
 * the earliest log line or EMF document of its request id ({@code function_request_id}), which the
 * function wrote while it ran.
 */
final class StartTimes {
    private final Map<String, Long> earliestByRequest = new HashMap<>();

    StartTimes(List<JsonNode> logLines) {
        for (JsonNode line : logLines) {
            String requestId = line.path("function_request_id").asText("");
            OptionalLong time = EmfReader.isEmf(line) ? OptionalLong.of(line.path("_aws").path("Timestamp").asLong())
                    : parse(line.path("timestamp"));
            if (!requestId.isEmpty() && time.isPresent()) {
                earliestByRequest.merge(requestId, time.getAsLong(), Math::min);
            }
        }
    }

    OptionalLong of(JsonNode timestamp, String requestId) {
        OptionalLong own = parse(timestamp);
        if (own.isPresent()) {
            return own;
        }
        Long logged = earliestByRequest.get(requestId);
        return logged == null ? OptionalLong.empty() : OptionalLong.of(logged);
    }

    static OptionalLong parse(JsonNode timestamp) {
        if (timestamp.isNumber()) {
            return OptionalLong.of(timestamp.asLong());
        }
        if (timestamp.isTextual()) {
            try {
                return OptionalLong.of(Instant.parse(timestamp.asText()).toEpochMilli());
            } catch (DateTimeParseException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }
}
