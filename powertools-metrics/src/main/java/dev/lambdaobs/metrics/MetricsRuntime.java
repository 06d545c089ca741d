package dev.lambdaobs.metrics;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.time.Clock;

/**
 * What every batch of one step shares: the configuration, the writer, the validation policy, the
 * clock, the default dimensions ({@code Service} first, changeable at runtime), and whether anything is
 * written at all (not when disabled or when the namespace is invalid).
 */
record MetricsRuntime(MetricsConfig config, EmfWriter writer, Violations violations, Clock clock,
                      DefaultDimensions defaults, boolean active) {

    static MetricsRuntime of(MetricsConfig config, EmfOutput output, Diagnostics diagnostics, Clock clock,
                             boolean active) {
        return new MetricsRuntime(config, new EmfWriter(config.emfBackend(), config.namespace(), output, diagnostics),
                new Violations(config.devMode(), diagnostics), clock,
                new DefaultDimensions(config.service(), config.defaultDimensions()), active);
    }

    Diagnostics diagnostics() {
        return violations.diagnostics();
    }

    /** Writes a document; a failing output is reported once and never reaches the handler. */
    void write(EmfDocument document) {
        write(document, config.namespace());
    }

    /** Writes a document under {@code namespace} (already validated), reported like {@link #write(EmfDocument)}. */
    void write(EmfDocument document, String namespace) {
        if (!active) {
            return;
        }
        try {
            writer.write(document, namespace);
        } catch (RuntimeException e) {
            diagnostics().failureOnce("metrics flush", e);
        }
    }
}
