package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.tracing.rules.TraceBudget;

/**
 * What the spans of one invocation share: the trace header it came with (so {@code Lineage} and other
 * keys are passed on unchanged), the OpenTelemetry trace id made from its root, and X-Ray's limits
 * budget for the trace.
 *
 * @param header  the invocation's trace header
 * @param traceId the header's root as an OpenTelemetry trace id (32 hex digits, {@link TraceIdentity#ofRoot})
 * @param budget  annotations and metadata bytes left
 * @param tracer  the tracer the invocation's spans report to (held here, not by each span)
 */
record InvocationTrace(TraceHeader header, String traceId, TraceBudget budget, OtelTracer tracer) {
}
