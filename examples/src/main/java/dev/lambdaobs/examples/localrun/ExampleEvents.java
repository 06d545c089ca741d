package dev.lambdaobs.examples.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The example's events, from the JSON files in {@code examples/events} (real event shapes), with
 * the per-invocation fields filled in: ids, the order body, the queued message.
 */
final class ExampleEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path directory;

    ExampleEvents(Path directory) {
        this.directory = directory;
    }

    /** The order bodies the checkout posts, from {@code orders.json}. */
    List<String> orderBodies() {
        List<String> bodies = new ArrayList<>();
        read("orders.json").forEach(order -> bodies.add(order.toString()));
        return bodies;
    }

    /** API Gateway REST proxy event for {@code POST /orders}. */
    String createOrder(String body) {
        ObjectNode event = (ObjectNode) read("create-order.json");
        ((ObjectNode) event.path("requestContext")).put("requestId", UUID.randomUUID().toString());
        event.put("body", body);
        return event.toString();
    }

    /** HTTP API (payload 2.0) event for {@code GET /orders/{orderId}}. */
    String getOrder(String orderId) {
        ObjectNode event = (ObjectNode) read("get-order.json");
        String path = "/prod/orders/" + orderId;
        event.put("rawPath", path);
        ObjectNode context = (ObjectNode) event.path("requestContext");
        context.put("requestId", UUID.randomUUID().toString());
        ((ObjectNode) context.path("http")).put("path", path);
        ((ObjectNode) event.path("pathParameters")).put("orderId", orderId);
        return event.toString();
    }

    /** SQS event with the one message the queue received, as the event source mapping delivers it. */
    String paymentMessage(SqsStandIn.SentMessage message) {
        ObjectNode event = (ObjectNode) read("payment-message.json");
        ObjectNode record = (ObjectNode) event.path("Records").path(0);
        record.put("messageId", message.messageId());
        record.put("body", message.body());
        record.put("md5OfBody", SqsStandIn.md5Hex(message.body().getBytes(StandardCharsets.UTF_8)));
        ObjectNode attributes = record.putObject("messageAttributes");
        message.attributes().fields().forEachRemaining(attribute -> attributes.putObject(attribute.getKey())
                .put("stringValue", attribute.getValue().path("StringValue").asText())
                .put("dataType", attribute.getValue().path("DataType").asText()));
        return event.toString();
    }

    /** The {@code OrderPaid} EventBridge event, as the state machine passes it to its task. */
    String orderPaid(String orderId, String correlationId) {
        ObjectNode event = (ObjectNode) read("order-paid.json");
        event.put("id", UUID.randomUUID().toString());
        ((ObjectNode) event.path("detail")).put("orderId", orderId).put("correlation_id", correlationId);
        return event.toString();
    }

    /** The nightly EventBridge schedule event. */
    String nightly() {
        return read("nightly-schedule.json").toString();
    }

    private JsonNode read(String name) {
        Path file = directory.resolve(name);
        try {
            JsonNode node = JSON.readTree(file.toFile());
            return node instanceof ArrayNode || node instanceof ObjectNode ? node : JSON.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read event file " + file, e);
        }
    }

    static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve("orders.json"));
    }
}
