package dev.lambdaobs.metrics;

/** Reports an invocation that recorded no metric: a warning, or an error with raiseOnEmptyMetrics. */
final class EmptyMetrics {
    static final String MESSAGE = "metrics: the invocation recorded no metric, so no EMF document was written";

    private EmptyMetrics() {
    }

    static void report(MetricsRuntime runtime) {
        if (runtime.config().raiseOnEmptyMetrics()) {
            // Raised as a reported failure, never thrown into the handler: observability must not
            // change the handler's outcome.
            runtime.diagnostics().failureOnce("metrics (raiseOnEmptyMetrics)", new IllegalStateException(MESSAGE));
        } else {
            runtime.diagnostics().warnOnce("metrics.empty", MESSAGE
                    + "; set raiseOnEmptyMetrics to treat this as an error");
        }
    }
}
