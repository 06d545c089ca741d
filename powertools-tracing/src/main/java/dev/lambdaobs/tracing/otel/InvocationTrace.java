package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.tracing.rules.TraceBudget;
import java.nio.charset.StandardCharsets;

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
        // Bytes, not chars: the String is made with one copy of 32 bytes (Latin-1), no char array and no compression.
        byte[] id = new byte[32];
        for (int i = 0; i < 32; i++) {
            int c = root.charAt(i < 8 ? i + 2 : i + 3);
            if (c >= 'A' && c <= 'F') {
                c += 'a' - 'A';
            } else if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return null;
            }
            id[i] = (byte) c;
        }
        return new String(id, StandardCharsets.ISO_8859_1);
    }
}
