package dev.lambdaobs.dashboardgen.preview.alarm;

/**
 * One datapoint an alarm evaluated.
 *
 * @param periodStart epoch millis of its period
 * @param value       the value, or {@code null} when the period had no data and was filled
 * @param breaching   whether it counted as breaching
 */
public record Datapoint(long periodStart, Double value, boolean breaching) {
    /** Whether the datapoint was a missing one filled in as TreatMissingData says. */
    public boolean filled() {
        return value == null;
    }
}
