package dev.lambdaobs.dashboardgen.generate;

import dev.lambdaobs.dashboardgen.config.ConfigReader;
import dev.lambdaobs.dashboardgen.config.GeneratorConfig;
import dev.lambdaobs.dashboardgen.config.ResourceSettings;
import dev.lambdaobs.dashboardgen.config.RuleCatalog;
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

    /**
     * @param rules the rule ids a resource's {@code Metadata.lambdaobs} may set, by type; every template resource's
     *              Metadata is checked, monitored or not, so a typo is never silently ignored
     */
    ResourceDiscovery(MonitorRegistry registry, ServiceTemplate service, GeneratorConfig config, Mode mode, RuleCatalog rules) {
        Map<String, ResourceSettings> metadata = new HashMap<>();
        for (TemplateResource resource : service.resources()) {
            metadata.put(resource.logicalId(), ConfigReader.fromMetadata(service.documentOf(resource.logicalId()),
                    resource.logicalId(), resource.type(), resource.metadata(), rules));
        }
        DiscoveryContext context = DiscoveryContext.of(service, config.s3RequestMetrics() && mode == Mode.MERGE,
                config.guardrails().lambdaInsights(), config.lambdaConcurrencyQuota(),
                java.util.Set.copyOf(config.signals().asyncInvokedFunctions()),
                config.signals().eventSourceMappingMetrics() && mode == Mode.MERGE, config.signals().quotaSource());
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
        service.templates().forEach(template -> skipped.addAll(template.loopsKept()));
        for (ServiceDiscoverer discoverer : registry.serviceWide()) {
            accept(discoverer.discover(context), byKey);
        }
        Map<ResourceProfile, Integer> order = new HashMap<>();
        registry.profiles().forEach(profile -> order.putIfAbsent(profile, order.size()));
        List<MonitoredResource> sorted = new ArrayList<>(byKey.values());
        // A profile's index, as List.indexOf gave it (-1 when absent), looked up once per comparison instead of scanned.
        sorted.sort(Comparator.comparingInt((MonitoredResource r) -> order.getOrDefault(r.profile(), -1)).thenComparing(MonitoredResource::key));
        for (MonitoredResource resource : sorted) {
            ResourceSettings merged = settingsOf(metadata.getOrDefault(resource.logicalId(), ResourceSettings.NONE),
                    config.resource(resource.logicalId()));
            if (merged.disabled()) {
                skipped.add(resource.key() + ": disabled by config or Metadata");
                continue;
            }
            MonitoredResource conditioned = mode == Mode.MERGE ? withCondition(service, resource) : resource.withCondition(Optional.empty());
            Optional<MonitoredResource> usable = mode == Mode.STANDALONE
                    ? StandaloneDimensions.resolve(conditioned, merged, skipped) : Optional.of(withConfiguredDimensions(conditioned, merged));
            usable.ifPresent(r -> {
                monitored.add(r);
                settings.put(r.key(), merged);
            });
        }
    }

    /**
     * Merge mode: a resource that refers to a conditional template resource (its dimensions name it) exists only
     * under that resource's condition. Resources SAM generates carry their owner's condition from discovery.
     */
    private static MonitoredResource withCondition(ServiceTemplate service, MonitoredResource resource) {
        if (resource.condition().isPresent() || resource.dimensions().isEmpty()) {
            return resource;
        }
        return resource.withCondition(service.resource(resource.logicalId()).flatMap(TemplateResource::condition));
    }

    /** Merge mode: dimension values the config (or Metadata) sets win over what discovery derived (e.g. an ApiName). */
    private static MonitoredResource withConfiguredDimensions(MonitoredResource resource, ResourceSettings settings) {
        Map<String, com.fasterxml.jackson.databind.JsonNode> dimensions = new LinkedHashMap<>(resource.dimensions());
        settings.dimensions().forEach((name, value) -> dimensions.computeIfPresent(name,
                (key, old) -> dev.lambdaobs.dashboardgen.template.Intrinsics.text(value)));
        return dimensions.equals(resource.dimensions()) ? resource : resource.withDimensions(dimensions);
    }

    private void accept(Discovery discovery, Map<String, MonitoredResource> byKey) {
        discovery.found().forEach(resource -> byKey.putIfAbsent(resource.key(), resource));
        skipped.addAll(discovery.skipped());
    }

    /** Metadata settings, with the config's per-resource settings taking precedence. */
    private static ResourceSettings settingsOf(ResourceSettings fromMetadata, ResourceSettings fromConfig) {
        Map<String, dev.lambdaobs.dashboardgen.config.RuleOverride> alarms = new HashMap<>();
        fromMetadata.alarms().forEach(alarms::put);
        fromConfig.alarms().forEach((id, override) -> alarms.merge(id, override, (meta, cfg) -> cfg.over(meta)));
        Map<String, String> dimensions = new HashMap<>(fromMetadata.dimensions());
        dimensions.putAll(fromConfig.dimensions());
        return new ResourceSettings(fromConfig.physicalName().or(fromMetadata::physicalName), dimensions,
                fromConfig.disabled() || fromMetadata.disabled(), alarms);
    }
}
