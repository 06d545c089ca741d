package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.registry.AlarmMetric;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.PhysicalIds;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB tables, each global secondary index, and the account-wide UserErrors.
 * SystemErrors and ThrottledRequests exist only per operation, so alarms sum the operations.
 *
 * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html">DynamoDB metrics and dimensions</a>
 */
public final class DynamoDbMonitor {
    static final String ACCOUNT_KEY = "DynamoDbAccount";
    /** Nine operations: with the expression, the ten items one alarm may hold. */
    private static final List<String> OPERATIONS = List.of("GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query", "Scan",
            "BatchGetItem", "BatchWriteItem", "TransactWriteItems");

    public static final ResourceProfile TABLE = new ResourceProfile("dynamodb", "DynamoDB tables", "AWS/DynamoDB",
            List.of(
                    AlarmRule.warning("ReadThrottleEvents").metric("ReadThrottleEvents", "Sum").above(0).evaluate(60, 5, 5)
                            .description("Reads are throttled").build(),
                    AlarmRule.warning("WriteThrottleEvents").metric("WriteThrottleEvents", "Sum").above(0).evaluate(60, 5, 5)
                            .description("Writes are throttled").build(),
                    AlarmRule.critical("SystemErrors").metric(sumOfOperations("SystemErrors")).above(0).evaluate(60, 3, 2)
                            .description("DynamoDB returns internal server errors").build(),
                    AlarmRule.warning("ThrottledRequests").metric(sumOfOperations("ThrottledRequests")).above(0).evaluate(60, 5, 5)
                            .description("Requests are throttled").build()),
            List.of(new GraphSpec("Consumed capacity", List.of(MetricTerm.of("ConsumedReadCapacityUnits", "Sum"),
                            MetricTerm.of("ConsumedWriteCapacityUnits", "Sum"))),
                    new GraphSpec("Throttle events", List.of(MetricTerm.of("ReadThrottleEvents", "Sum"), MetricTerm.of("WriteThrottleEvents", "Sum")))));

    public static final ResourceProfile INDEX = new ResourceProfile("dynamodb-gsi", "DynamoDB global secondary indexes", "AWS/DynamoDB",
            List.of(
                    AlarmRule.warning("ReadThrottleEvents").metric("ReadThrottleEvents", "Sum").above(0).evaluate(60, 5, 5)
                            .description("Reads of the index are throttled").build(),
                    AlarmRule.warning("WriteThrottleEvents").metric("WriteThrottleEvents", "Sum").above(0).evaluate(60, 5, 5)
                            .description("Writes to the index are throttled, which throttles the table's writes").build()),
            List.of(new GraphSpec("Index throttle events", List.of(MetricTerm.of("ReadThrottleEvents", "Sum"),
                    MetricTerm.of("WriteThrottleEvents", "Sum")))));

    public static final ResourceProfile ACCOUNT = new ResourceProfile("dynamodb-account", "DynamoDB (account-wide)", "AWS/DynamoDB",
            List.of(AlarmRule.warning("UserErrors").metric("UserErrors", "Sum").above(0).evaluate(60, 5, 5)
                    .description("Requests in this account and region fail with HTTP 400 (validation, conditional check)").build()),
            List.of(GraphSpec.of("User errors (account-wide)", "UserErrors", "Sum")));

    /**
     * Our threshold (AWS recommends none): replication normally takes about a second; a minute on average means updates
     * stop reaching the Region. Override with {@code alarms.ReplicationLatency.threshold}.
     * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_monitoring.html">Monitoring global tables</a>
     */
    static final double REPLICATION_LATENCY_MS = 60_000;
    /** The Region a global table's updates are replicated to. @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html">DynamoDB metrics and dimensions</a> */
    static final String RECEIVING_REGION = "ReceivingRegion";

    public static final ResourceProfile REPLICATION = new ResourceProfile("dynamodb-replication", "DynamoDB global table replication",
            "AWS/DynamoDB",
            List.of(AlarmRule.warning("ReplicationLatency").metric("ReplicationLatency", "Average").above(REPLICATION_LATENCY_MS)
                    .evaluate(60, 5, 5)
                    .description("Updates take more than a minute on average to reach the replica in this Region").build()),
            List.of(new GraphSpec("Replication latency", List.of(MetricTerm.of("ReplicationLatency", "Average"),
                    MetricTerm.of("ReplicationLatency", "Maximum")))));

    private DynamoDbMonitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(TABLE).profile(INDEX).profile(ACCOUNT)
                .type(ResourceType.of("AWS::DynamoDB::Table", DynamoDbMonitor::table).profiles(TABLE, INDEX, ACCOUNT).tagged("dynamodb:table")
                        .dimension(PhysicalIds.LAST_PATH_SEGMENT))
                .type(ResourceType.of("AWS::Serverless::SimpleTable", DynamoDbMonitor::table).profiles(TABLE, INDEX, ACCOUNT))
                // Ref returns the table name, as for a table; a replica per Region, each publishing ReplicationLatency by Region.
                .profile(REPLICATION)
                .type(ResourceType.of("AWS::DynamoDB::GlobalTable", GlobalTables::discover).profiles(TABLE, INDEX, ACCOUNT, REPLICATION)
                        .dimension(PhysicalIds.AS_IS));
    }

    private static AlarmMetric sumOfOperations(String metricName) {
        List<MetricTerm> terms = new ArrayList<>();
        for (String operation : OPERATIONS) {
            terms.add(new MetricTerm("m" + terms.size(), metricName, "Sum", Map.of("Operation", operation)));
        }
        return new AlarmMetric.Math("SUM(METRICS())", metricName + " (all operations)", terms);
    }

    static Discovery table(TemplateResource table, DiscoveryContext context) {
        JsonNode name = Monitored.name(table, "TableName", Intrinsics.ref(table.logicalId()));
        List<MonitoredResource> found = new ArrayList<>();
        found.add(Monitored.of(table, TABLE, Map.of("TableName", name), Facts.none()));
        List<String> skipped = new ArrayList<>();
        for (JsonNode index : table.property("GlobalSecondaryIndexes")) {
            var indexName = CfnValues.literal(index.path("IndexName"));
            if (indexName.isEmpty()) {
                skipped.add(table.describe() + ": a global secondary index without a literal IndexName");
                continue;
            }
            found.add(new MonitoredResource(table.logicalId() + "." + indexName.get(), table.logicalId(), table.type(), INDEX,
                    Map.of("TableName", name, "GlobalSecondaryIndexName", Intrinsics.text(indexName.get())), Facts.none(),
                    table.location()));
        }
        found.add(new MonitoredResource(ACCOUNT_KEY, table.logicalId(), table.type(), ACCOUNT, Map.of(), Facts.none(), table.location()));
        return new Discovery(found, skipped);
    }
}
