package dev.lambdaobs.tracing;

import dev.lambdaobs.core.masking.Masking;
import dev.lambdaobs.core.masking.MaskingPolicy;
import dev.lambdaobs.core.masking.PlainMasking;
import dev.lambdaobs.core.masking.TextMasking;
import dev.lambdaobs.core.text.SafeText;
import java.util.Map;

/**
 * Records a traced call's outcome on its span as the capture mode says: the response or the error
 * as metadata under the service's namespace (or the one given, as {@code @Tracing(namespace)}), keyed {@code "<name> response"} / {@code "<name> error"}.
 * Every backend gets what is recorded here masked like the logs (headers, tokens, JSON and form bodies),
 * with the mask words of the configuration the step or call was built with ({@code POWERTOOLS_MASK_KEYS}):
 * on the otel backend as plain maps and lists ({@link PlainMasking}, no Jackson), on the xray-sdk
 * backend as a Jackson tree ({@link Masking}, Jackson is loaded there anyway); both make the same
 * decisions. An error whose message echoes a secret is recorded as a {@link MaskedError}.
 */
final class Capture {
    private static final String JACKSON_TREES = "com.fasterxml.jackson.databind.";

    private final TracingConfig config;
    private final CaptureMode mode;
    private final String responseKey;
    private final String errorKey;
    /** Null: the span's default, the service's namespace. */
    private final String namespace;
    private final MaskingPolicy policy;

    Capture(TracingConfig config, CaptureMode mode, String spanName, String namespace) {
        this.config = config;
        this.mode = mode;
        this.namespace = namespace == null || namespace.isBlank() ? null : namespace;
        String keyPrefix = spanName.startsWith("## ") ? spanName.substring(3) : spanName;
        this.responseKey = keyPrefix + " response";
        this.errorKey = keyPrefix + " error";
        this.policy = MaskingPolicy.from(config.shared().settings());
    }

    void success(Span span, Object response) {
        if (mode.capturesResponse(config)) {
            metadata(span, responseKey, masked(response));
        }
    }

    /** Always marks the fault; the exception itself (cause and metadata) only when errors are captured. */
    void error(Span span, Throwable error) {
        if (mode.capturesError(config)) {
            Throwable safe = MaskedError.of(error, policy);
            metadata(span, errorKey, safe);
            span.recordError(safe);
        } else {
            span.markFault();
        }
    }

    private void metadata(Span span, String key, Object value) {
        if (namespace == null) {
            span.metadata(key, value);
        } else {
            span.metadata(namespace, key, value);
        }
    }

    /** The response masked; one that cannot be read is named, never written raw. */
    private Object masked(Object response) {
        if (response == null) {
            return null;
        }
        try {
            // A Jackson tree given by the handler means Jackson is loaded: masked as one.
            boolean jackson = config.backend() == TracerBackend.XRAY_SDK
                    || response.getClass().getName().startsWith(JACKSON_TREES);
            return jackson ? Masking.maskedTree(response, policy) : PlainMasking.maskedValue(response, policy);
        } catch (RuntimeException | StackOverflowError e) {
            return Map.of("unserializable", response.getClass().getName(), "reason", SafeText.describe(e));
        } catch (LinkageError e) {
            // The xray-sdk backend masks with jackson-databind; without it the value is named, never written unmasked.
            return Map.of("not_captured", response.getClass().getName(),
                    "reason", "masking needs jackson-databind on the class path (" + SafeText.describe(e) + ")");
        }
    }

    /**
     * Stands in for an exception whose message (or a cause's) echoes a secret: same stack and causes,
     * the message masked and prefixed with the original class name, which the stand-in's own type hides.
     */
    static final class MaskedError extends RuntimeException {
        private MaskedError(Throwable original, String maskedMessage, Throwable cause) {
            super(original.getClass().getName() + ": " + maskedMessage, cause, false, true);
            setStackTrace(original.getStackTrace());
        }

        /** {@code error} itself when no message in its chain names a secret, else a masked stand-in. */
        static Throwable of(Throwable error, MaskingPolicy policy) {
            return of(error, policy, 0);
        }

        private static Throwable of(Throwable error, MaskingPolicy policy, int depth) {
            if (error == null || depth > 8) {
                return error;
            }
            Throwable cause = error.getCause() == error ? null : error.getCause();
            Throwable maskedCause = of(cause, policy, depth + 1);
            String message = SafeText.message(error);
            String masked = TextMasking.mask(message, policy);
            if (masked == message && maskedCause == cause) {
                return error;
            }
            return new MaskedError(error, String.valueOf(masked), maskedCause);
        }
    }
}
