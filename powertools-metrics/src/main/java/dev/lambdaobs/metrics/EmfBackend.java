package dev.lambdaobs.metrics;

import java.util.Locale;

/**
 * What writes the EMF documents: chosen by {@code POWERTOOLS_METRICS_EMF_BACKEND} ({@code built-in} or
 * {@code aws-embedded-metrics}) or by {@link MetricsConfig.Builder#emfBackend}. Both write the same
 * documents (the same members and values; the library orders the top-level members by hash).
 *
 * <pre>{@code
 * MetricsConfig config = MetricsConfig.builder(PowertoolsConfig.fromEnvironment())
 *         .emfBackend(EmfBackend.AWS_EMBEDDED_METRICS)   // needs aws-embedded-metrics on the class path
 *         .build();
 * }</pre>
 */
public enum EmfBackend {
    /** This module's own writer, without Jackson (default): the cheapest at cold start. */
    BUILT_IN,
    /**
     * AWS's {@code software.amazon.cloudwatchlogs:aws-embedded-metrics} library, which serializes with
     * Jackson databind. An optional dependency: add it to the function to use this.
     */
    AWS_EMBEDDED_METRICS;

    /** The value as the variable spells it: lower case, {@code -} for {@code _}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The backend {@code value} names, ignoring case; null when none does. */
    static EmfBackend named(String value) {
        for (EmfBackend backend : values()) {
            if (backend.toString().equalsIgnoreCase(value.strip())) {
                return backend;
            }
        }
        return null;
    }
}
