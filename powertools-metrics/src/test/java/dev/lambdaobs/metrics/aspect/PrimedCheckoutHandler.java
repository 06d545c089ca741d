package dev.lambdaobs.metrics.aspect;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.snapstart.SnapStartPriming;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.Metrics;
import dev.lambdaobs.metrics.MetricsRecorder;
import java.util.Map;

/** A handler with {@code @Metrics} only, primed for SnapStart during init as the README shows. */
public final class PrimedCheckoutHandler implements RequestHandler<Map<String, Object>, Boolean> {
    static {
        SnapStartPriming.init();
    }

    /** Returns whether the invocation was the cold start. */
    @Override
    @Metrics(namespace = "Checkout", service = "checkout", invocationMetrics = true)
    public Boolean handleRequest(Map<String, Object> event, Context context) {
        MetricsRecorder.current().add("OrdersPlaced", 1, MetricUnit.COUNT);
        return Invocation.current().orElseThrow().coldStart();
    }
}
