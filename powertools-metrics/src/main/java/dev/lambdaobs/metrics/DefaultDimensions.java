package dev.lambdaobs.metrics;

import static dev.lambdaobs.core.schema.MetricNames.DIMENSION_SERVICE;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One step's default dimensions: {@code Service} first (fixed when the step is built), then the ones set
 * in configuration or at runtime. Changed atomically as a whole immutable {@link Dimensions}; a batch
 * takes a snapshot when it begins, so invocations in flight never see each other's changes (Lambda
 * Managed Instances run many at once) and every document of one invocation has one consistent set.
 */
final class DefaultDimensions {
    private final Dimensions service;
    private final AtomicReference<Dimensions> others;

    DefaultDimensions(String service, Dimensions others) {
        this.service = Dimensions.of(DIMENSION_SERVICE, service);
        this.others = new AtomicReference<>(others);
    }

    /** {@code Service} followed by the other default dimensions, as they are now. */
    Dimensions snapshot() {
        return service.and(others.get());
    }

    /** Just {@code Service}: the automatic metrics' base set. */
    Dimensions service() {
        return service;
    }

    /** Replaces the default dimensions besides {@code Service}; {@code valid} has been checked. */
    void set(Dimensions valid) {
        others.set(valid);
    }

    /**
     * The entries of {@code requested} that may be default dimensions; each invalid one is rejected
     * (thrown in development mode, dropped with one warning in production). A {@code Service} entry
     * with the step's own value is accepted and left out (it is always there), so Powertools-style code
     * that adds {@code Service} back after replacing the defaults keeps working.
     *
     * @return the valid entries, or null when the whole set is rejected (more than the EMF limit)
     */
    static Dimensions validated(Dimensions requested, String service, Violations check) {
        Map<String, String> valid = new LinkedHashMap<>();
        requested.asMap().forEach((key, value) -> {
            if (key.equals(DIMENSION_SERVICE) && service.equals(value)) {
                return;
            }
            boolean reserved = StandardProperties.RESERVED.contains(key) || key.equals(DIMENSION_SERVICE);
            if (!check.reject(MetricRules.dimension(key, value))
                    && !(reserved && check.reject(MetricRules.collision("default dimension", key,
                    "is reserved (the Service dimension comes from POWERTOOLS_SERVICE_NAME or the service setting)")))) {
                valid.put(key, value);
            }
        });
        Dimensions result = Dimensions.of(valid);
        if (result.size() + 1 > EmfLimits.MAX_DIMENSIONS_PER_SET
                && check.reject(MetricRules.tooManyDimensions(Dimensions.of(DIMENSION_SERVICE, service).and(result)))) {
            return null;
        }
        return result;
    }
}
