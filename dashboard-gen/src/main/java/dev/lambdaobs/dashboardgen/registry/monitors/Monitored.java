package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.registry.Discoverer;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.Map;
import java.util.function.Function;

/** Shared steps of the monitors: building a monitored resource and reading its name. */
final class Monitored {
    private Monitored() {
    }

    static MonitoredResource of(TemplateResource resource, ResourceProfile profile, Map<String, JsonNode> dimensions,
            Facts facts) {
        return new MonitoredResource(resource.logicalId(), resource.logicalId(), resource.type(), profile, dimensions,
                facts, resource.location(), resource.condition());
    }

    /** A discoverer for types with one dimension whose value is read from the resource. */
    static Discoverer single(ResourceProfile profile, String dimension, Function<TemplateResource, JsonNode> value) {
        return (resource, context) -> Discovery.found(of(resource, profile, Map.of(dimension, value.apply(resource)), Facts.none()));
    }

    /**
     * The resource's name: its name property when the template sets it (a literal, {@code Ref} or
     * {@code Fn::Sub} all evaluate to the name), else {@code fallback} (a Ref or GetAtt). {@code Ref AWS::NoValue}
     * leaves the name out, so CloudFormation generates one: the fallback.
     */
    static JsonNode name(TemplateResource resource, String nameProperty, JsonNode fallback) {
        JsonNode name = resource.property(nameProperty);
        boolean usable = Intrinsics.isLiteral(name) || name.has("Fn::Sub")
                || name.path("Ref").isTextual() && !CfnValues.isNoValue(name);
        return usable ? name : fallback;
    }
}
