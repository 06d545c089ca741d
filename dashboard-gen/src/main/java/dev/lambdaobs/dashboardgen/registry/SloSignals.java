package dev.lambdaobs.dashboardgen.registry;

/**
 * The metrics of a resource type that service level objectives read, in its profile's namespace: requests,
 * failed requests (availability, request-based) and latency in milliseconds (p99, period-based).
 *
 * <pre>{@code
 * new SloSignals("Invocations", "Errors", "Duration");   // a Lambda function
 * }</pre>
 *
 * @param requests the count of requests (Sum)
 * @param failures the count of failed requests (Sum)
 * @param latency  the latency in milliseconds (a percentile)
 */
public record SloSignals(String requests, String failures, String latency) {
}
