package dev.lambdaobs.dashboardgen.fakeaws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful CloudWatch Logs stand-in behind {@link FakeAwsServer} (AWS JSON 1.1): saved query
 * definitions, and Logs Insights queries that run for a few polls before completing with the
 * rows a test gives.
 */
public final class FakeCloudWatchLogs {
    public final Map<String, ObjectNode> queryDefinitions = new LinkedHashMap<>();
    public final List<JsonNode> startedQueries = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, AtomicInteger> pollsLeft = new LinkedHashMap<>();
    private List<Map<String, String>> rows = List.of();
    private int pollsBeforeComplete = 2;

    public FakeCloudWatchLogs(FakeAwsServer server) {
        server.on("PutQueryDefinition", this::putQueryDefinition)
                .on("DescribeQueryDefinitions", this::describeQueryDefinitions)
                .on("StartQuery", this::startQuery)
                .on("GetQueryResults", this::getQueryResults);
    }

    /** The rows every query returns, each a map of field to value, and how many polls it runs first. */
    public void answerQueriesWith(List<Map<String, String>> rows, int pollsBeforeComplete) {
        this.rows = rows;
        this.pollsBeforeComplete = pollsBeforeComplete;
    }

    private JsonNode putQueryDefinition(JsonNode request) throws AwsError {
        String name = FakeCloudWatch.required(request, "name");
        FakeCloudWatch.required(request, "queryString");
        String id = request.path("queryDefinitionId").asText("");
        if (!id.isEmpty() && queryDefinitions.values().stream().noneMatch(d -> d.path("queryDefinitionId").asText().equals(id))) {
            throw new AwsError(400, "ResourceNotFoundException", "query definition " + id + " does not exist");
        }
        String assigned = id.isEmpty() ? "qd-" + ids.incrementAndGet() : id;
        ObjectNode stored = FakeAwsServer.JSON.createObjectNode();
        stored.put("queryDefinitionId", assigned).put("name", name).put("queryString", request.path("queryString").asText());
        if (request.has("logGroupNames")) {
            stored.set("logGroupNames", request.get("logGroupNames"));
        }
        stored.put("queryLanguage", request.path("queryLanguage").asText("CWLI"));
        queryDefinitions.values().removeIf(d -> d.path("queryDefinitionId").asText().equals(assigned));
        queryDefinitions.put(assigned, stored);
        return FakeAwsServer.JSON.createObjectNode().put("queryDefinitionId", assigned);
    }

    private JsonNode describeQueryDefinitions(JsonNode request) {
        String prefix = request.path("queryDefinitionNamePrefix").asText("");
        ObjectNode response = FakeAwsServer.JSON.createObjectNode();
        ArrayNode definitions = response.putArray("queryDefinitions");
        queryDefinitions.values().stream().filter(d -> d.path("name").asText().startsWith(prefix))
                .forEach(d -> definitions.add(d.deepCopy().put("lastModified", 1_763_700_000_000L)));
        return response;
    }

    private JsonNode startQuery(JsonNode request) throws AwsError {
        FakeCloudWatch.required(request, "queryString");
        // SQL names its log groups in the query string instead.
        boolean sql = request.path("queryLanguage").asText().equals("SQL");
        if (!sql && !request.has("logGroupNames") && !request.has("logGroupName") && !request.has("logGroupIdentifiers")) {
            throw new AwsError(400, "InvalidParameterException", "logGroupNames is required");
        }
        if (!request.has("startTime") || !request.has("endTime")) {
            throw new AwsError(400, "InvalidParameterException", "startTime and endTime are required");
        }
        startedQueries.add(request);
        String id = "query-" + ids.incrementAndGet();
        pollsLeft.put(id, new AtomicInteger(pollsBeforeComplete));
        return FakeAwsServer.JSON.createObjectNode().put("queryId", id);
    }

    private JsonNode getQueryResults(JsonNode request) throws AwsError {
        AtomicInteger left = pollsLeft.get(FakeCloudWatch.required(request, "queryId"));
        if (left == null) {
            throw new AwsError(400, "ResourceNotFoundException", "unknown query");
        }
        ObjectNode response = FakeAwsServer.JSON.createObjectNode();
        boolean done = left.getAndDecrement() <= 0;
        response.put("status", done ? "Complete" : "Running");
        ArrayNode results = response.putArray("results");
        if (done) {
            for (Map<String, String> row : rows) {
                ArrayNode fields = results.addArray();
                row.forEach((field, value) -> fields.addObject().put("field", field).put("value", value));
            }
        }
        response.putObject("statistics").put("recordsMatched", done ? rows.size() : 0).put("recordsScanned", 1000)
                .put("bytesScanned", 123456);
        return response;
    }
}
