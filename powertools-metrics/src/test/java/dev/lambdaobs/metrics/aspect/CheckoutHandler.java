package dev.lambdaobs.metrics.aspect;

import dev.lambdaobs.metrics.Metrics;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.MetricsRecorder;
import java.util.Map;

/** A handler woven at test-compile time, as users weave theirs. */
public final class CheckoutHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    @Override
    @Metrics(namespace = "Checkout", service = "checkout", invocationMetrics = true)
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        MetricsRecorder.current().add("OrdersPlaced", 1, MetricUnit.COUNT).metadata("order_id", "o-1");
        if (event.containsKey("fail")) {
            throw new IllegalStateException("checkout failed");
        }
        return Map.of("statusCode", 201, "cold", Invocation.current().orElseThrow().coldStart());
    }
}
