package dev.lambdaobs.dashboardgen.registry;

import dev.lambdaobs.dashboardgen.template.ServiceTemplate;

/**
 * What a {@link Discoverer} may look at besides its own resource.
 *
 * @param service           every resource of the service
 * @param relations         DLQs, stream readers, destinations
 * @param s3RequestMetrics  whether the user asked to add S3 request metrics configurations (merge mode)
 * @param lambdaInsights    whether functions with the Lambda Insights layer get its widgets and alarm
 * @param concurrencyQuota  the account's regional Lambda concurrency quota (config {@code lambdaConcurrencyQuota})
 */
public record DiscoveryContext(ServiceTemplate service, ServiceRelations relations, boolean s3RequestMetrics,
        boolean lambdaInsights, int concurrencyQuota) {
    public static DiscoveryContext of(ServiceTemplate service, boolean s3RequestMetrics, boolean lambdaInsights, int concurrencyQuota) {
        return new DiscoveryContext(service, ServiceRelations.of(service), s3RequestMetrics, lambdaInsights, concurrencyQuota);
    }
}
