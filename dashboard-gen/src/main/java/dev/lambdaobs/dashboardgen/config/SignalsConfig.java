package dev.lambdaobs.dashboardgen.config;

import dev.lambdaobs.dashboardgen.input.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * The config keys of the signals other generators miss: asynchronous invocation, event source mapping metrics and
 * business metrics.
 *
 * <pre>{@code
 * asyncInvokedFunctions: [ReportFunction]   # functions code invokes with InvocationType Event
 * eventSourceMappingMetrics: true           # merge mode: turn on MetricsConfig EventCount (default true)
 * businessMetrics:
 *   OrdersPlaced: { anomalyBand: 2, direction: below }
 * }</pre>
 *
 * @param asyncInvokedFunctions     logical ids of functions invoked asynchronously besides what the template shows
 * @param eventSourceMappingMetrics whether merge mode may add {@code MetricsConfig} to event source mappings
 * @param businessMetrics           EMF metrics with alarms of their own
 * @param quotaSource               where {@code lambdaConcurrencyQuota} is set; empty when it is the default
 */
public record SignalsConfig(List<String> asyncInvokedFunctions, boolean eventSourceMappingMetrics, List<BusinessMetric> businessMetrics,
        Optional<SourceLocation> quotaSource) {
    public static final SignalsConfig DEFAULT = new SignalsConfig(List.of(), true, List.of(), Optional.empty());

    public SignalsConfig {
        asyncInvokedFunctions = List.copyOf(asyncInvokedFunctions);
        businessMetrics = List.copyOf(businessMetrics);
    }
}
