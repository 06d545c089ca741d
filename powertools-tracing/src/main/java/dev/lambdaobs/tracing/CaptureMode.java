package dev.lambdaobs.tracing;

/**
 * What a traced handler or method records as metadata: its response, its error, both or neither. The
 * names are Powertools for AWS Lambda (Java)'s, so a migrating team changes only the import.
 * {@link #ENVIRONMENT_VAR} follows {@code POWERTOOLS_TRACER_CAPTURE_RESPONSE} and
 * {@code POWERTOOLS_TRACER_CAPTURE_ERROR} (both true when unset; see {@link TracingConfig}).
 *
 * <pre>{@code
 * @Tracing(captureMode = CaptureMode.ERROR)   // responses may hold personal data
 * }</pre>
 */
public enum CaptureMode {
    /** The response only. */
    RESPONSE,
    /** The error only (metadata and cause); a failure is still marked as a fault in every mode. */
    ERROR,
    /** The response and the error. */
    RESPONSE_AND_ERROR,
    /** Neither. */
    DISABLED,
    /** As {@code POWERTOOLS_TRACER_CAPTURE_RESPONSE} and {@code POWERTOOLS_TRACER_CAPTURE_ERROR} say: the default. */
    ENVIRONMENT_VAR;

    /** Whether the response is recorded, given the configuration's default. */
    public boolean capturesResponse(TracingConfig config) {
        return switch (this) {
            case ENVIRONMENT_VAR -> config.captureResponse();
            case RESPONSE, RESPONSE_AND_ERROR -> true;
            case ERROR, DISABLED -> false;
        };
    }

    /** Whether the error is recorded (metadata and cause), given the configuration's default. */
    public boolean capturesError(TracingConfig config) {
        return switch (this) {
            case ENVIRONMENT_VAR -> config.captureError();
            case ERROR, RESPONSE_AND_ERROR -> true;
            case RESPONSE, DISABLED -> false;
        };
    }
}
