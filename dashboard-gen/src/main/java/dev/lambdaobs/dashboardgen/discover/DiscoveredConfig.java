package dev.lambdaobs.dashboardgen.discover;

import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The YAML config {@code generate} reads, with each discovered resource's physical name under
 * {@code resources.<LogicalId>.physicalName}, and the resources whose name could not be derived.
 *
 * <pre>{@code
 * DiscoveredConfig config = DiscoveredConfig.of("orders", resources, MonitorRegistry.standard());
 * Files.writeString(path, config.yaml());
 * }</pre>
 */
public record DiscoveredConfig(String service, Map<String, String> physicalNames, List<DeployedResource> underived) {

    /** {@code registry} turns each type's physical id into its dimension value (a queue's URL into its name). */
    public static DiscoveredConfig of(String service, List<DeployedResource> resources, MonitorRegistry registry) {
        Map<String, String> names = new LinkedHashMap<>();
        List<DeployedResource> underived = new ArrayList<>();
        resources.stream().sorted(Comparator.comparing(DeployedResource::logicalId)).forEach(resource -> {
            Optional<String> name = registry.dimensionValue(resource.type(), resource.physicalId());
            if (name.isPresent()) {
                names.put(resource.logicalId(), name.get());
            } else {
                underived.add(resource);
            }
        });
        return new DiscoveredConfig(service, names, underived);
    }

    public String yaml() {
        Map<String, Object> root = new LinkedHashMap<>();
        if (service != null) {
            root.put("service", service);
        }
        Map<String, Object> resources = new LinkedHashMap<>();
        physicalNames.forEach((id, name) -> resources.put(id, Map.of("physicalName", name)));
        root.put("resources", resources);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return "# Written by dashboard-gen discover; use with: generate --mode standalone --config <this file>\n"
                + new Yaml(options).dump(root);
    }
}
