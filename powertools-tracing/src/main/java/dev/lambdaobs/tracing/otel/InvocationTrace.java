package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.tracing.rules.TraceBudget;

/**
 * What the spans of one invocation share: the trace header it came with (so {@code Lineage} and other
 * keys are passed on unchanged), the OpenTelemetry trace id made from its root, and X-Ray's limits
 * budget for the trace.
 *
 * @param header  the invocation's trace header
 * @param traceId the header's root as an OpenTelemetry trace id (32 hex digits)
 * @param budget  annotations and metadata bytes left
 */
record InvocationTrace(TraceHeader header, String traceId, TraceBudget budget) {
    /**
     * The OpenTelemetry trace id of an X-Ray root: {@code 1-5759e988-bd862e3fe1be46a994272793} becomes
     * {@code 5759e988bd862e3fe1be46a994272793} (the version and dashes dropped), or null when the root is
     * not of that form.
     */
    static String traceIdOf(String root) {
        if (root.length() != 35 || !root.startsWith("1-") || root.charAt(10) != '-') {
            return null;
        }
        String id = root.substring(2, 10) + root.substring(11);
        for (int i = 0; i < id.length(); i++) {
            if (Character.digit(id.charAt(i), 16) < 0) {
                return null;
            }
        }
        return id.toLowerCase(java.util.Locale.ROOT);
    }
}
