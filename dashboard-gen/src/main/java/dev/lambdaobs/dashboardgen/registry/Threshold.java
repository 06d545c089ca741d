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

    static Threshold fixed(double value) {
        return resource -> OptionalDouble.of(value);
    }
}
