package dev.lambdaobs.dashboardgen.alarm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.registry.Severity;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One generated alarm: its CloudFormation resource and what it was made from.
 *
 * @param logicalId   the resource's logical id in the output template
 * @param name        the AlarmName (stable across runs); may hold {@code ${AWS::StackName}} (see {@link
 *                    dev.lambdaobs.dashboardgen.naming.NameScope})
 * @param severity    critical or warning
 * @param type        {@code AWS::CloudWatch::Alarm} or {@code AWS::CloudWatch::CompositeAlarm}
 * @param resourceKey the monitored resource it watches, or the service name for service-wide alarms
 * @param ruleId      the alarm rule id ({@code Errors}, {@code ServiceErrorRate}, {@code Critical})
 * @param threshold   the threshold, for dashboard lines; empty for composites
 * @param properties  the resource's Properties
 * @param dependsOn   logical ids that must exist first (a composite's children)
 * @param condition   the template condition it is created under (that of the resource it watches)
 */
public record AlarmDefinition(String logicalId, String name, Severity severity, String type, String resourceKey, String ruleId,
        OptionalDouble threshold, ObjectNode properties, List<String> dependsOn, Optional<String> condition) {
    public static final String METRIC_ALARM = "AWS::CloudWatch::Alarm";
    public static final String COMPOSITE_ALARM = "AWS::CloudWatch::CompositeAlarm";

    public AlarmDefinition {
        dependsOn = List.copyOf(dependsOn);
    }

    /** An alarm created whatever the template's conditions. */
    public AlarmDefinition(String logicalId, String name, Severity severity, String type, String resourceKey, String ruleId,
            OptionalDouble threshold, ObjectNode properties, List<String> dependsOn) {
        this(logicalId, name, severity, type, resourceKey, ruleId, threshold, properties, dependsOn, Optional.empty());
    }

    /** The CloudFormation resource: Type, Condition, Properties and DependsOn. */
    public ObjectNode toResource() {
        ObjectNode resource = properties.objectNode();
        resource.put("Type", type);
        condition.ifPresent(c -> resource.put("Condition", c));
        if (!dependsOn.isEmpty()) {
            dependsOn.forEach(resource.putArray("DependsOn")::add);
        }
        resource.set("Properties", properties);
        return resource;
    }
}
