package dev.lambdaobs.examples.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /orders}, validated:
 * <pre>{@code {"customerId":"c-42","paymentToken":"tok_visa","lines":[{"sku":"BOOK-1","quantity":2,"unitPrice":12.50}]}}</pre>
 */
final class OrderRequest {
    /** Largest quantity of one line we sell in one order. */
    static final int MAX_QUANTITY = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private OrderRequest() {
    }

    /** A new, placed order from the request body; throws {@link InvalidOrderException} naming the bad field. */
    static Order parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new InvalidOrderException("body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidOrderException("body must be a JSON object");
        }
        String customerId = text(root, "customerId");
        String paymentToken = text(root, "paymentToken");
        List<OrderLine> lines = new ArrayList<>();
        for (JsonNode line : root.path("lines")) {
            lines.add(line(line, lines.size()));
        }
        if (lines.isEmpty()) {
            throw new InvalidOrderException("lines: at least one line is required");
        }
        BigDecimal total = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Order("o-" + UUID.randomUUID(), customerId, lines, total, paymentToken, Order.Status.PLACED);
    }

    private static OrderLine line(JsonNode line, int index) {
        String where = "lines[" + index + "]";
        int quantity = line.path("quantity").asInt(0);
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidOrderException(where + ".quantity: must be 1.." + MAX_QUANTITY + ", was " + line.path("quantity"));
        }
        if (!line.path("unitPrice").isNumber() || line.path("unitPrice").decimalValue().signum() <= 0) {
            throw new InvalidOrderException(where + ".unitPrice: must be a positive number");
        }
        return new OrderLine(text(line, "sku", where), quantity, line.path("unitPrice").decimalValue());
    }

    private static String text(JsonNode node, String field) {
        return text(node, field, "");
    }

    private static String text(JsonNode node, String field, String where) {
        String value = node.path(field).asText("").strip();
        if (value.isEmpty()) {
            throw new InvalidOrderException((where.isEmpty() ? "" : where + ".") + field + ": required");
        }
        return value;
    }
}
