package dev.lambdaobs.dashboardgen.registry;

import dev.lambdaobs.dashboardgen.input.SourceLocation;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link Discoverer} may look at besides its own resource.
 *
 * @param service                   every resource of the service
 * @param relations                 DLQs, stream readers, destinations
 * @param s3RequestMetrics          whether the user asked to add S3 request metrics configurations (merge mode)
 * @param lambdaInsights            whether functions with the Lambda Insights layer get its widgets and alarm
 * @param concurrencyQuota          the account's regional Lambda concurrency quota (config {@code lambdaConcurrencyQuota})
 * @param asyncInvocations          which functions are invoked asynchronously
 * @param eventSourceMappingMetrics whether {@code MetricsConfig} may be turned on for event source mappings (merge mode)
 * @param quotaSource               where the config sets {@code lambdaConcurrencyQuota}; empty when it is the default
 */
public record DiscoveryContext(ServiceTemplate service, ServiceRelations relations, boolean s3RequestMetrics,
        boolean lambdaInsights, int concurrencyQuota, AsyncInvocations asyncInvocations, boolean eventSourceMappingMetrics,
        Optional<SourceLocation> quotaSource) {
    public static DiscoveryContext of(ServiceTemplate service, boolean s3RequestMetrics, boolean lambdaInsights, int concurrencyQuota) {
        return of(service, s3RequestMetrics, lambdaInsights, concurrencyQuota, Set.of(), false, Optional.empty());
    }

    public static DiscoveryContext of(ServiceTemplate service, boolean s3RequestMetrics, boolean lambdaInsights, int concurrencyQuota,
            Set<String> asyncInvoked, boolean eventSourceMappingMetrics, Optional<SourceLocation> quotaSource) {
        return new DiscoveryContext(service, ServiceRelations.of(service), s3RequestMetrics, lambdaInsights, concurrencyQuota,
                AsyncInvocations.of(service, asyncInvoked), eventSourceMappingMetrics, quotaSource);
    }
}
