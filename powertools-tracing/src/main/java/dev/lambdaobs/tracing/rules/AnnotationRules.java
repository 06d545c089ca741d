package dev.lambdaobs.tracing.rules;

import dev.lambdaobs.core.diagnostics.Diagnostics;

/**
 * X-Ray's rules for annotations, applied the same way by both backends before a value reaches them:
 * string values cut at {@link XRayLimits#MAX_ANNOTATION_VALUE_LENGTH}, keys made of letters, digits
 * and {@code _}, at most {@link XRayLimits#MAX_ANNOTATIONS_PER_TRACE} indexed per trace. Each rule that
 * changes something is reported once.
 */
public final class AnnotationRules {
    private AnnotationRules() {
    }

    /** The string value X-Ray keeps. */
    public static String value(String key, String value, Diagnostics diagnostics) {
        String kept = XRayNames.truncate(value, XRayLimits.MAX_ANNOTATION_VALUE_LENGTH);
        if (kept.length() < value.length()) {
            diagnostics.warnOnce("tracing.annotation-value", "annotation '" + key + "' has " + value.length()
                    + " characters; X-Ray keeps " + XRayLimits.MAX_ANNOTATION_VALUE_LENGTH + ", the rest was cut");
        }
        return kept;
    }

    /** The key X-Ray accepts for {@code key}. */
    public static String key(String key, Diagnostics diagnostics) {
        String clean = XRayNames.annotationKey(key);
        if (!clean.equals(key)) {
            diagnostics.warnOnce("tracing.annotation-key", "annotation key '" + key + "' is not letters, digits and"
                    + " underscores only; recorded as '" + clean + "' (further such keys are fixed silently)");
        }
        return clean;
    }

    /** True when {@code cleanKey} may be indexed in the trace of {@code budget}; otherwise it is kept as metadata. */
    public static boolean indexed(String cleanKey, TraceBudget budget, Diagnostics diagnostics) {
        if (budget.claimAnnotation(cleanKey)) {
            return true;
        }
        diagnostics.warnOnce("tracing.annotation-count", "X-Ray indexes " + XRayLimits.MAX_ANNOTATIONS_PER_TRACE
                + " annotations per trace; '" + cleanKey + "' and further ones are kept as metadata");
        return false;
    }
}
