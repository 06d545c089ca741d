package dev.lambdaobs.dashboardgen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.config.ResourceSettings;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In standalone mode the monitoring stack cannot {@code Ref} the monitored resources, so every
 * dimension value must be a physical name: from the config's {@code dimensions}, its {@code
 * physicalName} (for the dimension that names the resource itself) or a literal in the template.
 */
final class StandaloneDimensions {
    private StandaloneDimensions() {
    }

    /** The resource with physical dimension values, or empty with the reason added to {@code skipped}. */
    static Optional<MonitoredResource> resolve(MonitoredResource resource, ResourceSettings settings, List<String> skipped) {
        Map<String, JsonNode> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> dimension : resource.dimensions().entrySet()) {
            String name = dimension.getKey();
            JsonNode value = dimension.getValue();
            if (settings.dimensions().containsKey(name)) {
                resolved.put(name, Intrinsics.text(settings.dimensions().get(name)));
            } else if (Intrinsics.isLiteral(value)) {
                resolved.put(name, value);
            } else if (settings.physicalName().isPresent() && namesItself(resource, value)) {
                resolved.put(name, Intrinsics.text(settings.physicalName().get()));
            } else {
                skipped.add(resource.location() + " " + resource.key() + ": standalone mode needs the physical value of dimension "
                        + name + "; set resources." + resource.logicalId() + (namesItself(resource, value) ? ".physicalName"
                        : ".dimensions." + name) + " in the config");
                return Optional.empty();
            }
        }
        // The standalone template has none of the monitored template's conditions: a threshold under one cannot be written.
        MonitoredResource unconditional = resource.withDimensions(resolved).withFacts(resource.facts().without(Fact.TIMEOUT_IF));
        return Optional.of(withPhysicalLogGroup(unconditional, settings));
    }

    /** A function's log group ({@code /aws/lambda/${Fn}}) names the function itself; standalone needs the physical name. */
    private static MonitoredResource withPhysicalLogGroup(MonitoredResource resource, ResourceSettings settings) {
        Optional<JsonNode> logGroup = resource.facts().get(Fact.LOG_GROUP);
        if (logGroup.isEmpty() || settings.physicalName().isEmpty()) {
            return resource;
        }
        String self = "${" + resource.logicalId() + "}";
        String sub = logGroup.get().path("Fn::Sub").asText("");
        if (sub.contains(self)) {
            String replaced = sub.replace(self, settings.physicalName().get());
            JsonNode resolved = replaced.contains("${") ? Intrinsics.sub(replaced) : Intrinsics.text(replaced);
            return resource.withFacts(resource.facts().with(Fact.LOG_GROUP, resolved));
        }
        return resource;
    }

    private static boolean namesItself(MonitoredResource resource, JsonNode value) {
        return CfnValues.referencedId(value).filter(resource.logicalId()::equals).isPresent();
    }
}
