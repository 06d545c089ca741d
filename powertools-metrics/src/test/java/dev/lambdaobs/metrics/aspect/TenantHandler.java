package dev.lambdaobs.metrics.aspect;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.lambdaobs.metrics.DefaultDimension;
import dev.lambdaobs.metrics.Dimensions;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.Metrics;
import dev.lambdaobs.metrics.MetricsRecorder;
import java.util.Map;

/** Default dimensions by annotation, changed at runtime from the event, and a single metric of its own. */
public final class TenantHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    @Metrics(namespace = "Checkout", service = "checkout", captureColdStart = false,
            defaultDimensions = @DefaultDimension(key = "Environment", value = "test"))
    public String handleRequest(Map<String, String> event, Context context) {
        MetricsRecorder metrics = MetricsRecorder.current();
        if (event.containsKey("tenant")) {
            metrics.setDefaultDimensions(metrics.getDefaultDimensions().with("Tenant", event.get("tenant")));
        }
        metrics.add("OrdersPlaced", 1, MetricUnit.COUNT);
        metrics.flushSingleMetric("Audit", 1, MetricUnit.COUNT, "Audit", Dimensions.of("Kind", "order"));
        return "ok";
    }
}
