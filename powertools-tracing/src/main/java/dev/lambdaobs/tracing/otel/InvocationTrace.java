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
 * @param tracer  the tracer the invocation's spans report to (held here, not by each span)
 */
record InvocationTrace(TraceHeader header, String traceId, TraceBudget budget, OtelTracer tracer) {
    /**
     * The OpenTelemetry trace id of an X-Ray root: {@code 1-5759e988-bd862e3fe1be46a994272793} becomes
     * {@code 5759e988bd862e3fe1be46a994272793} (the version and dashes dropped), or null when the root is
     * not of that form.
     */
    static String traceIdOf(String root) {
        if (root.length() != 35 || !root.startsWith("1-") || root.charAt(10) != '-') {
            return null;
        }
        char[] id = new char[32];
        root.getChars(2, 10, id, 0);
        root.getChars(11, 35, id, 8);
        for (int i = 0; i < id.length; i++) {
            char c = id[i];
            if (c >= 'A' && c <= 'F') {
                id[i] = (char) (c + ('a' - 'A'));
            } else if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return null;
            }
        }
        return new String(id);
    }
}
