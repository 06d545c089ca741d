package dev.lambdaobs.tracing.woven;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.lambdaobs.tracing.Tracing;
import dev.lambdaobs.tracing.TracingUtils;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A handler migrated from Powertools: primed with TracingUtils.init(), annotated, using the static helpers. */
public final class UtilsHandler implements RequestHandler<Map<String, String>, String> {
    static {
        TracingUtils.init();
    }

    @Override
    @Tracing(segmentName = "## placeOrder", namespace = "checkout")
    public String handleRequest(Map<String, String> order, Context context) {
        TracingUtils.putAnnotation("order_id", order.get("id"));
        TracingUtils.withSubsegment("charge", span -> span.annotate("amount", 42));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(TracingUtils.wrap(() -> TracingUtils.withSubsegment("audit",
                    span -> TracingUtils.putMetadata("audited", order.get("id"))))).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        return "placed " + order.get("id");
    }
}
