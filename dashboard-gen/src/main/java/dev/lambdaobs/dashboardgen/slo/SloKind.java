package dev.lambdaobs.dashboardgen.slo;

/**
 * What an objective measures. Application Signals derives how it evaluates it ({@code EvaluationType}, read-only)
 * from the SLI given: {@code RequestBasedSli} or {@code Sli}.
 */
public enum SloKind {
    /** Requests that succeed, of all requests (request-based). */
    AVAILABILITY("Availability"),
    /** Minutes whose p99 latency stays under the threshold, of all minutes (period-based). */
    LATENCY("Latency");

    private final String title;

    SloKind(String title) {
        this.title = title;
    }

    /** Its word in names, ids and descriptions. */
    public String title() {
        return title;
    }
}
