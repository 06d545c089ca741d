package dev.lambdaobs.examples.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * In-memory DynamoDB tables for the local run: {@code PutItem}, {@code GetItem} and {@code Scan},
 * items kept in DynamoDB's attribute-value JSON as the SDK sent them.
 */
final class DynamoDbStandIn implements AwsStandIn.Service {
    static final String TARGET_PREFIX = "DynamoDB_20120810";
    private static final String ERROR_PREFIX = "com.amazonaws.dynamodb.v20120810#";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, String> hashKeyByTable;
    private final ConcurrentMap<String, ConcurrentSkipListMap<String, JsonNode>> tables = new ConcurrentHashMap<>();

    /** @param hashKeyByTable each table's name and the name of its (string) hash key attribute */
    DynamoDbStandIn(Map<String, String> hashKeyByTable) {
        this.hashKeyByTable = Map.copyOf(hashKeyByTable);
        hashKeyByTable.keySet().forEach(table -> tables.put(table, new ConcurrentSkipListMap<>()));
    }

    @Override
    public JsonNode handle(String operation, JsonNode request) throws AwsStandIn.ServiceError {
        String table = request.path("TableName").asText();
        ConcurrentSkipListMap<String, JsonNode> items = tables.get(table);
        if (items == null) {
            throw new AwsStandIn.ServiceError(ERROR_PREFIX + "ResourceNotFoundException", "Requested resource not found: Table: " + table + " not found");
        }
        return switch (operation) {
            case "PutItem" -> {
                items.put(key(table, request.path("Item")), request.path("Item"));
                yield NODES.objectNode();
            }
            case "GetItem" -> {
                JsonNode item = items.get(key(table, request.path("Key")));
                ObjectNode response = NODES.objectNode();
                if (item != null) {
                    response.set("Item", item);
                }
                yield response;
            }
            case "Scan" -> {
                ArrayNode found = NODES.arrayNode().addAll(List.copyOf(items.values()));
                yield NODES.objectNode().put("Count", found.size()).put("ScannedCount", found.size()).set("Items", found);
            }
            default -> throw new AwsStandIn.ServiceError(ERROR_PREFIX + "UnknownOperationException", "stand-in does not implement " + operation);
        };
    }

    private String key(String table, JsonNode item) throws AwsStandIn.ServiceError {
        String keyName = hashKeyByTable.get(table);
        JsonNode value = item.path(keyName).path("S");
        if (!value.isTextual()) {
            throw new AwsStandIn.ServiceError(ERROR_PREFIX + "ValidationException",
                    "One or more parameter values were invalid: Missing the key " + keyName + " in the item");
        }
        return value.asText();
    }
}
