package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DynamoDB global tables ({@code AWS::DynamoDB::GlobalTable}): watched as a table (its {@code TableName}, else its
 * {@code Ref}, which returns the name; its global secondary indexes; the account's UserErrors), plus
 * {@code ReplicationLatency} by {@code TableName} and {@code ReceivingRegion} for each replica in another Region than
 * the stack's. A replica whose {@code Region} is {@code !Ref AWS::Region} (or {@code !Sub ${AWS::Region}}) is the
 * stack's own; a literal Region or a parameter is taken as another Region (the stack's Region is known only at
 * deploy). Keys: {@code <Table>.Replication.<Region or parameter>}.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-globaltable.html">AWS::DynamoDB::GlobalTable</a>
 * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html">DynamoDB metrics and dimensions (ReplicationLatency)</a>
 */
final class GlobalTables {
    private static final String STACK_REGION = "AWS::Region";

    private GlobalTables() {
    }

    static Discovery discover(TemplateResource table, DiscoveryContext context) {
        Discovery asTable = DynamoDbMonitor.table(table, context);
        List<MonitoredResource> found = new ArrayList<>(asTable.found());
        List<String> skipped = new ArrayList<>(asTable.skipped());
        JsonNode name = found.get(0).dimensions().get("TableName");
        for (JsonNode replica : table.property("Replicas")) {
            JsonNode region = replica.path("Region");
            if (isStackRegion(region)) {
                continue;
            }
            Optional<String> label = CfnValues.literal(region)
                    .or(() -> Optional.of(region).filter(r -> r.size() == 1 && r.path("Ref").isTextual()).map(r -> r.get("Ref").asText()));
            if (label.isEmpty()) {
                skipped.add(table.describe() + ": a replica whose Region is neither a literal, a parameter nor the stack's Region: "
                        + "its ReplicationLatency is not alarmed");
                continue;
            }
            found.add(new MonitoredResource(table.logicalId() + ".Replication." + label.get(), table.logicalId(), table.type(),
                    DynamoDbMonitor.REPLICATION, Map.of("TableName", name, DynamoDbMonitor.RECEIVING_REGION, region.deepCopy()),
                    Facts.none(), table.location()));
        }
        return new Discovery(found, skipped);
    }

    private static boolean isStackRegion(JsonNode region) {
        return region.size() == 1 && (STACK_REGION.equals(region.path("Ref").asText())
                || ("${" + STACK_REGION + "}").equals(region.path("Fn::Sub").asText()));
    }
}
