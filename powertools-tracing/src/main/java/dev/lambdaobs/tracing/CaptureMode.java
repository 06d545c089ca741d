package dev.lambdaobs.tracing;

/**
 * What a traced handler or method records as metadata: its response, its error, both or neither.
 * {@link #ENVIRONMENT} follows {@code POWERTOOLS_TRACER_CAPTURE_RESPONSE} and
 * {@code POWERTOOLS_TRACER_CAPTURE_ERROR} (both true when unset).
 *
 * <pre>{@code
 * @Tracing(captureMode = CaptureMode.ERROR)   // responses may hold personal data
 * }</pre>
 */
public enum CaptureMode {
    ENVIRONMENT, RESPONSE, ERROR, BOTH, NONE;

    /** Whether the response is recorded, given the configuration's default. */
    public boolean capturesResponse(TracingConfig config) {
        return switch (this) {
            case ENVIRONMENT -> config.captureResponse();
            case RESPONSE, BOTH -> true;
            case ERROR, NONE -> false;
        };
    }

    /** Whether the error is recorded (metadata and cause), given the configuration's default. */
    public boolean capturesError(TracingConfig config) {
        return switch (this) {
            case ENVIRONMENT -> config.captureError();
            case ERROR, BOTH -> true;
            case RESPONSE, NONE -> false;
        };
    }
}
