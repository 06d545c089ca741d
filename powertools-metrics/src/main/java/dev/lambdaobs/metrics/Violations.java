package dev.lambdaobs.metrics;

import dev.lambdaobs.core.diagnostics.Diagnostics;

/**
 * What happens to invalid input: in development mode an {@link InvalidMetricException} at the call
 * site; in production the input is dropped and the problem reported once.
 */
final class Violations {
    private final boolean devMode;
    private final Diagnostics diagnostics;

    Violations(boolean devMode, Diagnostics diagnostics) {
        this.devMode = devMode;
        this.diagnostics = diagnostics;
    }

    /**
     * Handles {@code problem} when it is not null.
     *
     * @return true when the input must be dropped
     */
    boolean reject(MetricRules.Problem problem) {
        if (problem == null) {
            return false;
        }
        if (devMode) {
            throw new InvalidMetricException(problem.message());
        }
        diagnostics.warnOnce("metrics.invalid." + problem.key(), "metrics: " + problem.message() + "; dropped it");
        return true;
    }


    Diagnostics diagnostics() {
        return diagnostics;
    }
}
