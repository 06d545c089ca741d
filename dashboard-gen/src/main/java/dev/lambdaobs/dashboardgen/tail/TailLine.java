package dev.lambdaobs.dashboardgen.tail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.dashboardgen.insights.ResultTable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudwatchlogs.model.LiveTailSessionLogEvent;

/**
 * One Live Tail event as one line: for our JSON lines time, level, function, request id, message and
 * error type, each cell as {@code query}'s tables cut it; Lambda's own text lines (START, REPORT)
 * as time, function and text. Or, for scripts, the raw event as one JSON object.
 *
 * <pre>{@code
 * out.println(TailLine.text(event)); // 2026-11-21 10:00:00.123  ERROR  orders-fn  req-1  payment declined  PaymentDeclined
 * }</pre>
 */
public final class TailLine {
    /** The time format Logs Insights gives {@code @timestamp} in, which {@code query} prints. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAMBDA_LOG_GROUP_PREFIX = "/aws/lambda/";

    private TailLine() {
    }

    public static String text(LiveTailSessionLogEvent event) {
        String time = event.timestamp() == null ? "-" : TIME.format(Instant.ofEpochMilli(event.timestamp()));
        String message = event.message() == null ? "" : event.message().strip();
        JsonNode line = parse(message);
        List<String> cells = new ArrayList<>();
        cells.add(time);
        if (line == null) {
            cells.add(functionOf(event.logGroupIdentifier()));
            cells.add(ResultTable.cell(message));
            return String.join("  ", cells);
        }
        cells.add(String.format("%-5s", text(line, LogFields.LEVEL, "-")));
        cells.add(text(line, LogFields.FUNCTION_NAME, functionOf(event.logGroupIdentifier())));
        cells.add(text(line, LogFields.FUNCTION_REQUEST_ID, text(line, "requestId", "-")));
        cells.add(ResultTable.cell(line.has(LogFields.MESSAGE) ? text(line, LogFields.MESSAGE, "") : message));
        String errorType = line.path(LogFields.ERROR).path("type").asText("");
        if (!errorType.isEmpty()) {
            cells.add(errorType);
        }
        return String.join("  ", cells);
    }

    /** The event as Live Tail sent it, one JSON object on one line. */
    public static String json(LiveTailSessionLogEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("timestamp", event.timestamp()).put("ingestionTime", event.ingestionTime())
                .put("logGroupIdentifier", event.logGroupIdentifier()).put("logStreamName", event.logStreamName())
                .put("message", event.message());
        return node.toString();
    }

    private static JsonNode parse(String message) {
        if (!message.startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(message);
            return node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode line, String field, String fallback) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? fallback : value.isValueNode() ? value.asText() : value.toString();
    }

    /** {@code orders-fn} from {@code .../log-group:/aws/lambda/orders-fn}; other log groups by their name. */
    static String functionOf(String logGroup) {
        if (logGroup == null) {
            return "-";
        }
        String name = logGroup.contains(":log-group:") ? logGroup.substring(logGroup.indexOf(":log-group:") + 11) : logGroup;
        return name.startsWith(LAMBDA_LOG_GROUP_PREFIX) ? name.substring(LAMBDA_LOG_GROUP_PREFIX.length()) : name;
    }
}
