package dev.lambdaobs.dashboardgen.generate;

import dev.lambdaobs.dashboardgen.config.ConfigReader;
import dev.lambdaobs.dashboardgen.config.GeneratorConfig;
import dev.lambdaobs.dashboardgen.config.ResourceSettings;
import dev.lambdaobs.dashboardgen.input.LocatedDocument;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ServiceDiscoverer;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Runs the registry over a service: what is monitored, with which settings, and what is not and why. */
final class ResourceDiscovery {
    final List<MonitoredResource> monitored = new ArrayList<>();
    final Map<String, ResourceSettings> settings = new HashMap<>();
    final Map<String, Integer> foundByType = new TreeMap<>();
    final Map<String, Integer> unmonitored = new TreeMap<>();
    final List<String> skipped = new ArrayList<>();

    ResourceDiscovery(MonitorRegistry registry, ServiceTemplate service, GeneratorConfig config, Mode mode) {
        DiscoveryContext context = DiscoveryContext.of(service, config.s3RequestMetrics() && mode == Mode.MERGE,
                config.guardrails().lambdaInsights());
        Map<String, MonitoredResource> byKey = new LinkedHashMap<>();
        for (TemplateResource resource : service.resources()) {
            Optional<dev.lambdaobs.dashboardgen.registry.Discoverer> discoverer = registry.discoverer(resource.type());
            if (discoverer.isEmpty()) {
                unmonitored.merge(resource.type(), 1, Integer::sum);
                continue;
            }
            foundByType.merge(resource.type(), 1, Integer::sum);
            accept(discoverer.get().discover(resource, context), byKey);
        }
        for (ServiceDiscoverer discoverer : registry.serviceWide()) {
            accept(discoverer.discover(context), byKey);
        }
        List<ResourceProfile> order = new ArrayList<>(registry.profiles());
        List<MonitoredResource> sorted = new ArrayList<>(byKey.values());
        sorted.sort(Comparator.comparingInt((MonitoredResource r) -> order.indexOf(r.profile())).thenComparing(MonitoredResource::key));
        for (MonitoredResource resource : sorted) {
            ResourceSettings merged = settingsOf(service, config, resource);
            if (merged.disabled()) {
                skipped.add(resource.key() + ": disabled by config or Metadata");
                continue;
            }
            Optional<String> condition = service.resource(resource.logicalId()).flatMap(TemplateResource::condition);
            if (mode == Mode.MERGE && condition.isPresent()) {
                // Alarms, composite rules and widgets naming it would fail the deploy whenever the condition is false.
                skipped.add(resource.location() + " " + resource.key() + ": has Condition " + condition.get()
                        + ", so monitoring that refers to it would fail the deploy when the condition is false; "
                        + "monitor it with --mode standalone (physical name in the config)");
                continue;
            }
            Optional<MonitoredResource> usable = mode == Mode.STANDALONE
                    ? StandaloneDimensions.resolve(resource, merged, skipped) : Optional.of(resource);
            usable.ifPresent(r -> {
                monitored.add(r);
                settings.put(r.key(), merged);
            });
        }
    }

    private void accept(Discovery discovery, Map<String, MonitoredResource> byKey) {
        discovery.found().forEach(resource -> byKey.putIfAbsent(resource.key(), resource));
        skipped.addAll(discovery.skipped());
    }

    /** Metadata settings, with the config's per-resource settings taking precedence. */
    private static ResourceSettings settingsOf(ServiceTemplate service, GeneratorConfig config, MonitoredResource resource) {
        ResourceSettings fromMetadata = service.resource(resource.logicalId())
                .map(r -> ConfigReader.fromMetadata(service.documentOf(r.logicalId()),
                        LocatedDocument.child("/Resources", r.logicalId()), r.metadata()))
                .orElse(ResourceSettings.NONE);
        ResourceSettings fromConfig = config.resource(resource.logicalId());
        Map<String, dev.lambdaobs.dashboardgen.config.RuleOverride> alarms = new HashMap<>();
        fromMetadata.alarms().forEach(alarms::put);
        fromConfig.alarms().forEach((id, override) -> alarms.merge(id, override, (meta, cfg) -> cfg.over(meta)));
        Map<String, String> dimensions = new HashMap<>(fromMetadata.dimensions());
        dimensions.putAll(fromConfig.dimensions());
        return new ResourceSettings(fromConfig.physicalName().or(fromMetadata::physicalName), dimensions,
                fromConfig.disabled() || fromMetadata.disabled(), alarms);
    }
}
