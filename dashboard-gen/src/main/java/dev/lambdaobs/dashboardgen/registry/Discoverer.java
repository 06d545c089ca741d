package dev.lambdaobs.dashboardgen.registry;

import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.List;

/**
 * Turns a template resource of one type into the monitored resources it stands for, or none with
 * a reason (e.g. a Network Load Balancer).
 *
 * <pre>{@code
 * Discoverer queues = (resource, context) -> Discovery.found(new MonitoredResource(...));
 * }</pre>
 */
@FunctionalInterface
public interface Discoverer {
    Discovery discover(TemplateResource resource, DiscoveryContext context);
}
