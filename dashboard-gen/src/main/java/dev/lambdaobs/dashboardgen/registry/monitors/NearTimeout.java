package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.Threshold;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The DurationNearTimeout threshold: 90% of the function's timeout in milliseconds. A timeout written
 * {@code !If [Cond, 30, 60]} gives {@code Fn::If [Cond, 27000, 54000]}, where the alarm's template keeps the condition.
 *
 * <pre>{@code
 * new NearTimeout().valueFor(function); // OptionalDouble[2700.0] for Lambda's default 3 s
 * }</pre>
 */
final class NearTimeout implements Threshold {
    private static final double NEAR_LIMIT = 0.9;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public OptionalDouble valueFor(MonitoredResource function) {
        return function.facts().get(Fact.TIMEOUT_SECONDS).map(seconds -> OptionalDouble.of(millis(seconds))).orElse(OptionalDouble.empty());
    }

    @Override
    public Optional<JsonNode> conditional(MonitoredResource function) {
        return function.facts().get(Fact.TIMEOUT_IF).map(choice -> {
            JsonNode branches = choice.get("Fn::If");
            ObjectNode threshold = JSON.objectNode();
            threshold.putArray("Fn::If").add(branches.get(0).asText())
                    .add(millis(branches.get(1).asInt())).add(millis(branches.get(2).asInt()));
            return threshold;
        });
    }

    /**
     * A {@code Timeout} of {@code Fn::If [condition, a, b]} whose branches are literal or absent (Lambda's default), under a
     * condition the function's template declares, as that {@code Fn::If} of seconds; else null (no such fact).
     */
    static JsonNode timeoutIf(ServiceTemplate service, TemplateResource function, JsonNode timeout) {
        JsonNode branches = timeout.path("Fn::If");
        if (timeout.size() != 1 || !branches.isArray() || branches.size() != 3 || !branches.get(0).isTextual()
                || !service.templateOf(function.logicalId()).root().path("Conditions").has(branches.get(0).asText())) {
            return null;
        }
        Optional<Integer> whenTrue = seconds(branches.get(1));
        Optional<Integer> whenFalse = seconds(branches.get(2));
        if (whenTrue.isEmpty() || whenFalse.isEmpty()) {
            return null;
        }
        ObjectNode choice = JSON.objectNode();
        choice.putArray("Fn::If").add(branches.get(0).asText()).add(whenTrue.get()).add(whenFalse.get());
        return choice;
    }

    private static Optional<Integer> seconds(JsonNode branch) {
        return CfnValues.isNoValue(branch) ? Optional.of(LambdaMonitor.DEFAULT_TIMEOUT_SECONDS) : CfnValues.literalInt(branch);
    }

    private static double millis(int seconds) {
        return seconds * 1000 * NEAR_LIMIT;
    }
}
