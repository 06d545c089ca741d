package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Functions that carry the Lambda Insights extension layer publish memory, CPU and init metrics in
 * the {@code LambdaInsights} namespace (dimension {@code function_name}); they get a section of
 * their own and a warning when memory runs full. The monitored key is {@code <Function>.Insights}.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Lambda-Insights-metrics.html">Metrics collected by Lambda Insights</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Lambda-Insights-extension-versions.html">Lambda Insights extension layer ARNs</a>
 */
public final class LambdaInsightsMonitor {
    /** The layer name in every region's and architecture's ARN ({@code LambdaInsightsExtension}, {@code LambdaInsightsExtension-Arm64}). */
    static final String LAYER_NAME = ":layer:LambdaInsightsExtension";
    static final String KEY_SUFFIX = ".Insights";
    private static final double MEMORY_NEAR_FULL_PERCENT = 90;

    public static final ResourceProfile INSIGHTS = new ResourceProfile("lambdainsights", "Lambda Insights", "LambdaInsights",
            List.of(AlarmRule.warning("MemoryUtilization").metric("memory_utilization", "Maximum").above(MEMORY_NEAR_FULL_PERCENT)
                    .evaluate(300, 3, 2)
                    .description("Memory use is above 90% of the configured memory: the function is close to running out").build()),
            List.of(new GraphSpec("Memory utilization (%)", List.of(MetricTerm.of("memory_utilization", "Maximum"),
                            MetricTerm.of("memory_utilization", "Average"))),
                    new GraphSpec("CPU time (ms)", List.of(MetricTerm.of("cpu_total_time", "Average"),
                            MetricTerm.of("cpu_total_time", "Maximum"))),
                    new GraphSpec("Init duration (ms)", List.of(MetricTerm.of("init_duration", "Average"),
                            MetricTerm.of("init_duration", "Maximum")))));

    private LambdaInsightsMonitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(INSIGHTS);
    }

    /** The function's Lambda Insights resource, when the layer is present and the guardrail is on. */
    static Optional<MonitoredResource> of(TemplateResource function, DiscoveryContext context, JsonNode functionName) {
        if (!context.lambdaInsights() || !hasLayer(context.service(), function)) {
            return Optional.empty();
        }
        return Optional.of(new MonitoredResource(function.logicalId() + KEY_SUFFIX, function.logicalId(), function.type(), INSIGHTS,
                Map.of("function_name", functionName), Facts.none(), function.location()));
    }

    /** The function's own layers or, for SAM functions, the Globals ones (SAM adds both). */
    static boolean hasLayer(ServiceTemplate service, TemplateResource function) {
        boolean own = isInsightsLayer(function.property("Layers"));
        boolean global = function.type().equals(ServiceTemplate.SAM_FUNCTION)
                && isInsightsLayer(service.templateOf(function.logicalId()).functionGlobals().path("Layers"));
        return own || global;
    }

    private static boolean isInsightsLayer(JsonNode layers) {
        return layers.isArray() && StreamSupport.stream(layers.spliterator(), false)
                .anyMatch(layer -> layer.toString().contains(LAYER_NAME));
    }
}
