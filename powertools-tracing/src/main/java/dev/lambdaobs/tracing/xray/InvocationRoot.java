package dev.lambdaobs.tracing.xray;

import dev.lambdaobs.tracing.rules.TraceBudget;
import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.FacadeSegment;
import com.amazonaws.xray.entities.TraceHeader.SampleDecision;
import com.amazonaws.xray.entities.TraceID;
import dev.lambdaobs.core.invocation.TraceHeader;

/**
 * Lambda's own function segment, as seen from inside the function: built from the invocation's
 * trace header, read-only (the SDK's facade throws on any change), never sent. Our spans hang under it
 * and are sent one by one. It also carries the header itself, so {@code Lineage} and other keys can be
 * passed on unchanged, and the limits budget of the invocation's document.
 */
final class InvocationRoot extends FacadeSegment {
    private final XRayTracer tracer;
    private final TraceHeader header;
    private final TraceBudget budget = new TraceBudget();

    InvocationRoot(XRayTracer tracer, AWSXRayRecorder recorder, TraceHeader header) {
        super(recorder, TraceID.fromString(header.root()), header.parent().orElseThrow(),
                header.sampled() == TraceHeader.Sampling.SAMPLED ? SampleDecision.SAMPLED : SampleDecision.NOT_SAMPLED);
        this.tracer = tracer;
        this.header = header;
    }

    /** The tracer whose spans hang under this segment (what {@code TracingUtils} acts through). */
    XRayTracer tracer() {
        return tracer;
    }

    /** The header the invocation came with. */
    TraceHeader header() {
        return header;
    }

    TraceBudget budget() {
        return budget;
    }
}
