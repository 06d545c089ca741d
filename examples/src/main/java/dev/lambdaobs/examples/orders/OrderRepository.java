package dev.lambdaobs.examples.orders;

import dev.lambdaobs.examples.aws.AwsClients;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The orders table (DynamoDB, hash key {@code orderId}).
 *
 * <pre>{@code
 * OrderRepository orders = OrderRepository.fromEnvironment();   // table name from ORDERS_TABLE
 * orders.save(order);
 * Optional<Order> again = orders.find(order.orderId());
 * }</pre>
 */
public final class OrderRepository {
    private final DynamoDbClient dynamo;
    private final String table;

    public OrderRepository(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public static OrderRepository fromEnvironment() {
        return new OrderRepository(AwsClients.dynamoDb(), AwsClients.requiredEnv("ORDERS_TABLE"));
    }

    public void save(Order order) {
        dynamo.putItem(put -> put.tableName(table).item(OrderItem.toItem(order)));
    }

    public Optional<Order> find(String orderId) {
        var response = dynamo.getItem(get -> get.tableName(table)
                .key(java.util.Map.of(OrderItem.ORDER_ID, software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(orderId))));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(OrderItem.fromItem(response.item())) : Optional.empty();
    }

    /** Every order; the daily report's full scan (fine for an example, paginated as the SDK does). */
    public List<Order> all() {
        return dynamo.scanPaginator(scan -> scan.tableName(table)).items().stream().map(OrderItem::fromItem).toList();
    }
}
