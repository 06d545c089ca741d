package dev.lambdaobs.dashboardgen.registry;

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
     * No default threshold: the rule makes an alarm only where the config sets a {@code threshold} or an
     * {@code anomalyBand} (e.g. {@code defaults.lambda.Invocations}), and is silent otherwise.
     */
    Threshold OPT_IN = resource -> OptionalDouble.empty();

    static Threshold fixed(double value) {
        return resource -> OptionalDouble.of(value);
    }
}
