package dev.lambdaobs.tracing;

/**
 * Records a traced call's outcome on its span as the capture mode says: the response or the error
 * as metadata under the service's namespace, keyed {@code "<name> response"} / {@code "<name> error"}.
 */
final class Capture {
    private final TracingConfig config;
    private final CaptureMode mode;
    private final String responseKey;
    private final String errorKey;

    Capture(TracingConfig config, CaptureMode mode, String spanName) {
        this.config = config;
        this.mode = mode;
        String keyPrefix = spanName.startsWith("## ") ? spanName.substring(3) : spanName;
        this.responseKey = keyPrefix + " response";
        this.errorKey = keyPrefix + " error";
    }

    void success(Span span, Object response) {
        if (mode.capturesResponse(config)) {
            span.metadata(responseKey, response);
        }
    }

    /** Always marks the fault; the exception itself (cause and metadata) only when errors are captured. */
    void error(Span span, Throwable error) {
        if (mode.capturesError(config)) {
            span.metadata(errorKey, error);
            span.recordError(error);
        } else {
            span.markFault();
        }
    }
}
