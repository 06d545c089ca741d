package dev.lambdaobs.dashboardgen.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.input.SourceLocation;
import java.util.Map;
import java.util.Optional;

/**
 * A resource discovery found and that gets alarms and widgets from its {@link ResourceProfile}.
 *
 * <pre>{@code
 * new MonitoredResource("Orders", "Orders", "AWS::SQS::Queue", SqsFamily.QUEUE,
 *         Map.of("QueueName", getAtt("Orders", "QueueName")), Facts.none(), location);
 * }</pre>
 *
 * @param key          unique within the service; the logical id, or e.g. {@code Table.IndexName} for an index
 * @param logicalId    the template resource it comes from (its Metadata and config overrides apply)
 * @param resourceType the CloudFormation type of that resource
 * @param profile      its metrics, alarms and graphs
 * @param dimensions   the CloudWatch dimensions, values as CloudFormation values (Ref, GetAtt, literal)
 * @param facts        what discovery learnt that the rules need
 * @param location     where the resource is defined
 * @param condition    the template condition it exists under (merge mode), e.g. the one SAM copies from a
 *                     function onto the rules it generates; its alarms, widgets and queries carry it
 */
public record MonitoredResource(String key, String logicalId, String resourceType, ResourceProfile profile,
        Map<String, JsonNode> dimensions, Facts facts, SourceLocation location, Optional<String> condition) {
    public MonitoredResource {
        // Sorted: CloudWatch ignores dimension order, and output must not depend on map order.
        dimensions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(dimensions));
    }

    /** A resource that exists whatever the template's conditions, or whose condition discovery adds later. */
    public MonitoredResource(String key, String logicalId, String resourceType, ResourceProfile profile,
            Map<String, JsonNode> dimensions, Facts facts, SourceLocation location) {
        this(key, logicalId, resourceType, profile, dimensions, facts, location, Optional.empty());
    }

    /** The same resource with other dimension values (standalone mode uses physical names). */
    public MonitoredResource withDimensions(Map<String, JsonNode> replaced) {
        return new MonitoredResource(key, logicalId, resourceType, profile, replaced, facts, location, condition);
    }

    /** The same resource with other facts (standalone mode resolves self-references in them). */
    public MonitoredResource withFacts(Facts replaced) {
        return new MonitoredResource(key, logicalId, resourceType, profile, dimensions, replaced, location, condition);
    }

    /** The same resource under another condition (or none). */
    public MonitoredResource withCondition(Optional<String> replaced) {
        return new MonitoredResource(key, logicalId, resourceType, profile, dimensions, facts, location, replaced);
    }
}
