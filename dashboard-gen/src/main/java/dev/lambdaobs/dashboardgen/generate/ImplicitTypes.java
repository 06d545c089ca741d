package dev.lambdaobs.dashboardgen.generate;

import dev.lambdaobs.dashboardgen.config.GeneratorConfig;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.ServiceDiscoverer;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The type of a logical id a config may name: a template resource's own type, else the type of a resource SAM
 * creates that the templates do not define (the implicit {@code ServerlessRestApi} or {@code ServerlessHttpApi},
 * a function's EventBridge rule and its dead-letter queue, an event source mapping), as the registry's service-wide
 * discoverers find them. So the config's rule ids for those are checked against their own type's rules.
 */
final class ImplicitTypes {
    private final MonitorRegistry registry;
    private final ServiceTemplate service;
    /** Found on first use: only a config naming an id the templates do not define needs the discovery. */
    private Map<String, String> implicit;

    ImplicitTypes(MonitorRegistry registry, ServiceTemplate service) {
        this.registry = registry;
        this.service = service;
    }

    Optional<String> typeOf(String logicalId) {
        Optional<String> own = service.resource(logicalId).map(TemplateResource::type);
        if (own.isPresent()) {
            return own;
        }
        if (implicit == null) {
            implicit = discover();
        }
        return Optional.ofNullable(implicit.get(logicalId));
    }

    private Map<String, String> discover() {
        // What SAM creates depends on the templates alone, not on the config being read: a context that skips nothing
        // the config could turn on (event source mappings without MetricsConfig) finds it all.
        DiscoveryContext context = DiscoveryContext.of(service, false, false, GeneratorConfig.DEFAULT_LAMBDA_CONCURRENCY_QUOTA,
                Set.of(), true, Optional.empty());
        Map<String, String> types = new HashMap<>();
        for (ServiceDiscoverer discoverer : registry.serviceWide()) {
            for (MonitoredResource resource : discoverer.discover(context).found()) {
                if (service.resource(resource.logicalId()).isEmpty()) {
                    types.putIfAbsent(resource.logicalId(), resource.resourceType());
                }
            }
        }
        return types;
    }
}
