package dev.lambdaobs.dashboardgen.registry;

import java.util.List;

/**
 * What discovery made of one template resource: monitored resources, and why parts were skipped.
 *
 * <pre>{@code
 * Discovery.skipped("a Network Load Balancer: only Application Load Balancers are monitored");
 * }</pre>
 */
public record Discovery(List<MonitoredResource> found, List<String> skipped) {
    public Discovery {
        found = List.copyOf(found);
        skipped = List.copyOf(skipped);
    }

    public static Discovery found(MonitoredResource... resources) {
        return new Discovery(List.of(resources), List.of());
    }

    public static Discovery skipped(String reason) {
        return new Discovery(List.of(), List.of(reason));
    }
}
