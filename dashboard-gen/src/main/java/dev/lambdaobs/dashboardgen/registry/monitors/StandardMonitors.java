package dev.lambdaobs.dashboardgen.registry.monitors;

import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;

/**
 * Registers every monitor this project ships, in dashboard section order.
 *
 * <pre>{@code
 * MonitorRegistry.builder().with(StandardMonitors::registerAll).build();
 * }</pre>
 */
public final class StandardMonitors {
    private StandardMonitors() {
    }

    public static void registerAll(MonitorRegistry.Builder registry) {
        LambdaMonitor.register(registry);
        LambdaAccountMonitor.register(registry);
        EventSourceMappingMonitor.register(registry);
        LambdaInsightsMonitor.register(registry);
        FunctionUrlMonitor.register(registry);
        RestApiMonitor.register(registry);
        HttpApiMonitor.register(registry);
        AppSyncMonitor.register(registry);
        LoadBalancerMonitor.register(registry);
        MessagingMonitors.register(registry);
        StreamMonitors.register(registry);
        WorkflowMonitors.register(registry);
        EventBridgeMonitor.register(registry);
        SchedulerMonitor.register(registry);
        PipesMonitor.register(registry);
        DynamoDbMonitor.register(registry);
        S3Monitor.register(registry);
        SesMonitor.register(registry);
    }
}
