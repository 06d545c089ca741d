package dev.lambdaobs.metrics;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.schema.MetricNames;
import java.time.Clock;

/**
 * What every batch of one step shares: the configuration, the writer, the validation policy, the
 * clock, the default dimensions ({@code service} first), and whether anything is written at all
 * (not when disabled or when the namespace is invalid).
 */
record MetricsRuntime(MetricsConfig config, EmfWriter writer, Violations violations, Clock clock,
                      Dimensions defaults, boolean active) {

    static MetricsRuntime of(MetricsConfig config, EmfOutput output, Diagnostics diagnostics, Clock clock,
                             boolean active) {
        Dimensions defaults = Dimensions.of(MetricNames.DIMENSION_SERVICE, config.service()).and(config.defaultDimensions());
        return new MetricsRuntime(config, new EmfWriter(config.namespace(), output, diagnostics),
                new Violations(config.devMode(), diagnostics), clock, defaults, active);
    }

    Diagnostics diagnostics() {
        return violations.diagnostics();
    }

    /** Writes a document; a failing output is reported once and never reaches the handler. */
    void write(EmfDocument document) {
        if (!active) {
            return;
        }
        try {
            writer.write(document);
        } catch (RuntimeException e) {
            diagnostics().failureOnce("metrics flush", e);
        }
    }
}
