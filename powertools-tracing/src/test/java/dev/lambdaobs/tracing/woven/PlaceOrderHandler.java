package dev.lambdaobs.tracing.woven;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.lambdaobs.tracing.Tracing;
import java.util.Map;

/** A handler as users write it: annotated, woven at build time by the aspectj-maven-plugin. */
public final class PlaceOrderHandler implements RequestHandler<Map<String, String>, String> {
    private final Pricing pricing = new Pricing();

    @Override
    @Tracing
    public String handleRequest(Map<String, String> order, Context context) {
        int price = pricing.price(order.get("id"));
        if (order.containsKey("refuse")) {
            throw new IllegalStateException("payment refused for " + order.get("id"));
        }
        return "placed " + order.get("id") + " at " + price;
    }
}
