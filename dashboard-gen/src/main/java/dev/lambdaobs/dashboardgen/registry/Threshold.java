package dev.lambdaobs.dashboardgen.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An alarm threshold, fixed or derived from the resource (e.g. 90% of a function's timeout). Empty
 * when it cannot be derived, and the alarm is then skipped with a reason.
 *
 * <pre>{@code
 * Threshold.fixed(0);
 * }</pre>
 */
@FunctionalInterface
public interface Threshold {
    OptionalDouble valueFor(MonitoredResource resource);

    /**
     * When {@link #valueFor} is empty because the value depends on a template condition: the threshold as a CloudFormation
     * value, {@code Fn::If [condition, a, b]}, for a merged template (which keeps the condition). Empty by default.
     */
    default Optional<JsonNode> conditional(MonitoredResource resource) {
        return Optional.empty();
    }

    /**
     * No default threshold: the rule makes an alarm only where the config sets a {@code threshold} or an
     * {@code anomalyBand} (e.g. {@code defaults.lambda.Invocations}), and is silent otherwise.
     */
    Threshold OPT_IN = resource -> OptionalDouble.empty();

    static Threshold fixed(double value) {
        return resource -> OptionalDouble.of(value);
    }
}
