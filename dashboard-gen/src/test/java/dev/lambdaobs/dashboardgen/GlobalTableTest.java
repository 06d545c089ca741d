package dev.lambdaobs.dashboardgen;

import static dev.lambdaobs.dashboardgen.TypeCoverage.assertAlarm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import org.junit.jupiter.api.Test;

/** A global table is watched as a table, plus ReplicationLatency to each replica outside the stack's Region. */
class GlobalTableTest {
    private final GenerationResult result = TypeCoverage.generate("global-table");

    @Test
    void itGetsTheTableAndIndexAlarmsByTableName() {
        AlarmDefinition reads = assertAlarm(result, "Orders", "ReadThrottleEvents", "AWS/DynamoDB", "ReadThrottleEvents", "Sum", 0,
                "GreaterThanThreshold");
        assertThat(TypeCoverage.dimensions(reads)).containsOnlyKeys("TableName");
        assertThat(TypeCoverage.dimensions(reads).get("TableName").asText()).isEqualTo("orders");
        assertThat(TestSupport.ruleIds(result, "Orders")).contains("SystemErrors", "ThrottledRequests", "WriteThrottleEvents");
        AlarmDefinition index = TypeCoverage.alarm(result, "Orders.byCustomer", "WriteThrottleEvents");
        assertThat(TypeCoverage.dimensions(index)).containsOnlyKeys("TableName", "GlobalSecondaryIndexName");
        TypeCoverage.assertInComposite(result, reads);
        TypeCoverage.assertInComposite(result, TypeCoverage.alarm(result, "Orders", "SystemErrors"));
        TypeCoverage.assertGraphed(result, "Orders", "ConsumedReadCapacityUnits");
    }

    @Test
    void aTableWithoutNameIsNamedByItsRef() {
        AlarmDefinition reads = TypeCoverage.alarm(result, "Sessions", "ReadThrottleEvents");
        assertThat(TypeCoverage.dimensions(reads).get("TableName").path("Ref").asText()).isEqualTo("Sessions");
    }

    @Test
    void replicationLatencyIsAlarmedPerOtherRegionNotForTheStacksOwn() {
        AlarmDefinition literal = assertAlarm(result, "Orders.Replication.us-west-2", "ReplicationLatency", "AWS/DynamoDB",
                "ReplicationLatency", "Average", 60_000, "GreaterThanThreshold");
        assertThat(TypeCoverage.dimensions(literal)).containsOnlyKeys("TableName", "ReceivingRegion");
        assertThat(TypeCoverage.dimensions(literal).get("ReceivingRegion").asText()).isEqualTo("us-west-2");
        assertThat(TypeCoverage.dimensions(literal).get("TableName").asText()).isEqualTo("orders");
        AlarmDefinition parameter = TypeCoverage.alarm(result, "Orders.Replication.SecondaryRegion", "ReplicationLatency");
        assertThat(TypeCoverage.dimensions(parameter).get("ReceivingRegion").path("Ref").asText()).isEqualTo("SecondaryRegion");
        // !Ref AWS::Region (Orders) and !Sub ${AWS::Region} (Sessions) are the stack's own Region: no ReceivingRegion of it.
        assertThat(result.alarms()).filteredOn(a -> a.ruleId().equals("ReplicationLatency")).hasSize(2);
        assertThat(result.alarms()).noneMatch(a -> a.properties().toString().contains("AWS::Region"));
        TypeCoverage.assertInComposite(result, literal);
        TypeCoverage.assertGraphed(result, "Orders.Replication.us-west-2", "ReplicationLatency");
    }
}
