package dev.lambdaobs.metrics;

/**
 * Thrown in development mode where a metric, dimension, property, timestamp or namespace breaks a
 * CloudWatch or EMF rule; the message names the offending input and the limit. In production the
 * input is dropped with one warning instead.
 */
public final class InvalidMetricException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidMetricException(String message) {
        super(message);
    }
}
