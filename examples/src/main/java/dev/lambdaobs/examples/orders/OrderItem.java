package dev.lambdaobs.examples.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** How an {@link Order} is written as a DynamoDB item, and read back. */
final class OrderItem {
    static final String ORDER_ID = "orderId";

    private OrderItem() {
    }

    static Map<String, AttributeValue> toItem(Order order) {
        List<AttributeValue> lines = order.lines().stream()
                .map(line -> AttributeValue.fromM(Map.of(
                        "sku", AttributeValue.fromS(line.sku()),
                        "quantity", AttributeValue.fromN(Integer.toString(line.quantity())),
                        "unitPrice", AttributeValue.fromN(line.unitPrice().toPlainString()))))
                .toList();
        return Map.of(
                ORDER_ID, AttributeValue.fromS(order.orderId()),
                "customerId", AttributeValue.fromS(order.customerId()),
                "lines", AttributeValue.fromL(lines),
                "total", AttributeValue.fromN(order.total().toPlainString()),
                "paymentToken", AttributeValue.fromS(order.paymentToken()),
                "status", AttributeValue.fromS(order.status().name()));
    }

    static Order fromItem(Map<String, AttributeValue> item) {
        List<OrderLine> lines = item.get("lines").l().stream()
                .map(AttributeValue::m)
                .map(line -> new OrderLine(line.get("sku").s(), Integer.parseInt(line.get("quantity").n()),
                        new BigDecimal(line.get("unitPrice").n())))
                .toList();
        return new Order(item.get(ORDER_ID).s(), item.get("customerId").s(), lines, new BigDecimal(item.get("total").n()),
                item.get("paymentToken").s(), Order.Status.valueOf(item.get("status").s()));
    }
}
