package dev.lambdaobs.dashboardgen.preview.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the files of a local run, one JSON object per line: log lines (EMF documents among them)
 * and invocations. A line that is not JSON is skipped in a log (functions may print anything) and
 * is bad input in {@code invocations.jsonl}.
 */
public final class LocalRunFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalRunFiles() {
    }

    /** Every JSON object line of a log file, in order. */
    public static List<JsonNode> logLines(Path file) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : lines(file)) {
            if (line.startsWith("{")) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (JsonProcessingException e) {
                    // Not a JSON log line: a function may print anything on stdout.
                }
            }
        }
        return lines;
    }

    /** The invocations of {@code invocations.jsonl}; start times missing there are taken from the log lines. */
    public static List<Invocation> invocations(Path file, List<JsonNode> logLines) {
        StartTimes starts = new StartTimes(logLines);
        List<Invocation> invocations = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            JsonNode line;
            try {
                line = JSON.readTree(lines.get(i));
            } catch (JsonProcessingException e) {
                throw new BadInputException(where + ": not a JSON object (" + e.getOriginalMessage() + ")");
            }
            invocations.add(invocation(line, where, starts));
        }
        return invocations;
    }

    private static Invocation invocation(JsonNode line, String where, StartTimes starts) {
        String function = line.path("function").asText("");
        if (function.isEmpty()) {
            throw new BadInputException(where + ": function: missing; expected the function's name");
        }
        String requestId = line.path("request_id").asText("");
        long duration = line.path("duration_ms").asLong(0);
        long start = starts.of(line.path("timestamp"), requestId)
                .orElseThrow(() -> new BadInputException(where + ": timestamp: missing, and no log line of request "
                        + requestId + " gives the time; pass the run's log lines with --logs"));
        String outcome = line.path("outcome").asText("RESPONSE");
        return new Invocation(function, requestId, start, duration, !outcome.equals("RESPONSE"), statusCode(line.path("response")));
    }

    /** The {@code statusCode} of an API Gateway proxy response, or 0. */
    private static int statusCode(JsonNode response) {
        if (!response.isTextual() || !response.asText().startsWith("{")) {
            return 0;
        }
        try {
            return JSON.readTree(response.asText()).path("statusCode").asInt(0);
        } catch (JsonProcessingException e) {
            return 0;
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
