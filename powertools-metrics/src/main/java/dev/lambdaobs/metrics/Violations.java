package dev.lambdaobs.metrics;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.util.Map;
import java.util.function.Predicate;

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

    /**
     * Checks the dimensions {@code added} to a set that is then {@code complete}: each key and value, each
     * key against {@code taken} (already another member of the document), and the set's size.
     *
     * @return true when the dimensions must be dropped
     */
    boolean rejectDimensions(Dimensions added, Dimensions complete, Predicate<String> taken) {
        for (Map.Entry<String, String> entry : added.asMap().entrySet()) {
            String key = entry.getKey();
            if (reject(MetricRules.dimension(key, entry.getValue()))
                    || taken.test(key) && reject(MetricRules.collision("dimension", key,
                    "is already a default dimension, metric name, property or reserved key"))) {
                return true;
            }
        }
        return complete.size() > EmfLimits.MAX_DIMENSIONS_PER_SET && reject(MetricRules.tooManyDimensions(complete));
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }
}
