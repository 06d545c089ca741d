package dev.lambdaobs.dashboardgen.registry;

import java.util.Objects;

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
    /**
     * The record's equality, written out: the generated equals and hashCode link through {@code ObjectMethods} at
     * first use, spinning method-handle classes CDS cannot archive (milliseconds a record at start, issue 19).
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SloSignals signals && Objects.equals(requests, signals.requests)
                && Objects.equals(failures, signals.failures) && Objects.equals(latency, signals.latency);
    }

    /** The record's hash (the components' hashes combined as the generated one does). */
    @Override
    public int hashCode() {
        return (31 * Objects.hashCode(requests) + Objects.hashCode(failures)) * 31 + Objects.hashCode(latency);
    }
}
