package dev.lambdaobs.dashboardgen.registry;

/**
 * Finds monitored resources that no single template resource stands for: SAM's implicit APIs,
 * account-wide metrics of a service a template uses.
 *
 * <pre>{@code
 * ServiceDiscoverer implicitApis = context -> Discovery.found(...);
 * }</pre>
 */
@FunctionalInterface
public interface ServiceDiscoverer {
    Discovery discover(DiscoveryContext context);
}
