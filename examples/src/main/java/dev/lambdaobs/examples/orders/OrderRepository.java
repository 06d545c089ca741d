package dev.lambdaobs.examples.orders;

import dev.lambdaobs.examples.aws.AwsClients;
import dev.lambdaobs.tracing.Tracer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The orders table (DynamoDB, hash key {@code orderId}).
 *
 * <pre>{@code
 * OrderRepository orders = OrderRepository.fromEnvironment(tracer);   // table name from ORDERS_TABLE
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

    /** The table named by {@code ORDERS_TABLE}, its calls traced by {@code tracer}. */
    public static OrderRepository fromEnvironment(Tracer tracer) {
        return new OrderRepository(AwsClients.dynamoDb(tracer), AwsClients.requiredEnv("ORDERS_TABLE"));
    }

    public void save(Order order) {
        dynamo.putItem(put -> put.tableName(table).item(OrderItem.toItem(order)));
    }

    public Optional<Order> find(String orderId) {
        var response = dynamo.getItem(get -> get.tableName(table).key(Map.of(OrderItem.ORDER_ID, AttributeValue.fromS(orderId))));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(OrderItem.fromItem(response.item())) : Optional.empty();
    }

    /** Every order; the daily report's full scan (fine for an example, paginated as the SDK does). */
    public List<Order> all() {
        return dynamo.scanPaginator(scan -> scan.tableName(table)).items().stream().map(OrderItem::fromItem).toList();
    }
}
