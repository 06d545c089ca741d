package dev.lambdaobs.dashboardgen.slo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * One generated service level objective: an {@code AWS::ApplicationSignals::ServiceLevelObjective}.
 *
 * @param logicalId   its logical id in the output template
 * @param name        its Name, as a CloudFormation value (per stack in merge mode)
 * @param resourceKey the monitored resource it measures
 * @param kind        what it measures
 * @param properties  the resource's Properties
 * @param condition   the template condition of the resource it measures
 */
public record SloDefinition(String logicalId, JsonNode name, String resourceKey, SloKind kind, ObjectNode properties,
        Optional<String> condition) {
    public static final String TYPE = "AWS::ApplicationSignals::ServiceLevelObjective";

    /** The CloudFormation resource: Type, Condition and Properties. */
    public ObjectNode toResource() {
        ObjectNode resource = properties.objectNode().put("Type", TYPE);
        condition.ifPresent(c -> resource.put("Condition", c));
        resource.set("Properties", properties);
        return resource;
    }
}
