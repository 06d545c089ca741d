package dev.lambdaobs.dashboardgen.preview.data;

/**
 * One observed value of a metric.
 *
 * @param epochMillis when it was observed
 * @param value       the value
 */
public record Sample(long epochMillis, double value) {
}
