package dev.lambdaobs.tracing.xray;

import dev.lambdaobs.tracing.rules.AnnotationRules;
import dev.lambdaobs.tracing.rules.TraceBudget;
import dev.lambdaobs.tracing.rules.XRayLimits;
import com.amazonaws.xray.entities.Entity;
import com.amazonaws.xray.entities.Subsegment;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.tracing.Span;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A span over one X-Ray subsegment. Applies X-Ray's rules before the SDK sees a value, and guards
 * every SDK call: a span never throws into the code it measures.
 */
final class XRaySpan implements Span {
    private final XRayTracer tracer;
    private final Subsegment subsegment;
    private final TraceBudget budget;
    private final Entity previous;
    private final boolean owned;
    private final AtomicBoolean ended = new AtomicBoolean();

    /**
     * @param previous what was current on the starting thread before, restored when the span ends
     * @param owned    false for the view {@link XRayTracer#currentSpan()} hands out: its starter ends it
     */
    XRaySpan(XRayTracer tracer, Subsegment subsegment, TraceBudget budget, Entity previous, boolean owned) {
        this.tracer = tracer;
        this.subsegment = subsegment;
        this.budget = budget;
        this.previous = previous;
        this.owned = owned;
    }

    @Override
    public Span annotate(String key, String value) {
        if (value == null) {
            return this;
        }
        String kept = AnnotationRules.value(key, value, tracer.diagnostics());
        return putAnnotation(key, kept);
    }

    @Override
    public Span annotate(String key, Number value) {
        return value == null ? this : putAnnotation(key, value);
    }

    @Override
    public Span annotate(String key, boolean value) {
        return putAnnotation(key, value);
    }

    private Span putAnnotation(String key, Object value) {
        if (!isRecording()) {
            return this;
        }
        tracer.guard("annotate", () -> {
            String clean = AnnotationRules.key(key, tracer.diagnostics());
            if (!AnnotationRules.indexed(clean, budget, tracer.diagnostics())) {
                putMetadata(tracer.serviceName(), clean, value);
            } else if (value instanceof String s) {
                subsegment.putAnnotation(clean, s);
            } else if (value instanceof Boolean b) {
                subsegment.putAnnotation(clean, b);
            } else {
                subsegment.putAnnotation(clean, (Number) value);
            }
        });
        return this;
    }

    @Override
    public Span metadata(String key, Object value) {
        return metadata(tracer.serviceName(), key, value);
    }

    @Override
    public Span metadata(String namespace, String key, Object value) {
        if (isRecording() && namespace != null && key != null) {
            tracer.guard("metadata", () -> putMetadata(namespace, key, value));
        }
        return this;
    }

    // The primitive forms box here: the X-Ray SDK keeps metadata as Jackson nodes, so the box is the least of its cost,
    // and the Object form is then what they record, by construction.
    @Override
    public Span metadata(String key, double value) {
        return metadata(key, (Object) value);
    }

    @Override
    public Span metadata(String key, float value) {
        return metadata(key, (Object) value);
    }

    @Override
    public Span metadata(String key, long value) {
        return metadata(key, (Object) value);
    }

    @Override
    public Span metadata(String key, boolean value) {
        return metadata(key, (Object) value);
    }

    @Override
    public Span metadata(String key, char value) {
        return metadata(key, (Object) value);
    }

    @Override
    public Span metadata(String namespace, String key, double value) {
        return metadata(namespace, key, (Object) value);
    }

    @Override
    public Span metadata(String namespace, String key, float value) {
        return metadata(namespace, key, (Object) value);
    }

    @Override
    public Span metadata(String namespace, String key, long value) {
        return metadata(namespace, key, (Object) value);
    }

    @Override
    public Span metadata(String namespace, String key, boolean value) {
        return metadata(namespace, key, (Object) value);
    }

    @Override
    public Span metadata(String namespace, String key, char value) {
        return metadata(namespace, key, (Object) value);
    }

    private void putMetadata(String namespace, String key, Object value) {
        JsonNode json = value == null ? null : MetadataValues.toJson(value);
        String text = json == null ? "null" : MetadataValues.text(json);
        int size = MetadataValues.bytes(text) + MetadataValues.bytes(key) + MetadataValues.bytes(namespace);
        if (budget.claimMetadata(size)) {
            subsegment.putMetadata(namespace, key, json);
            return;
        }
        JsonNode marker = MetadataValues.truncated(text, size, budget.metadataBytesLeft());
        budget.forceMetadata(MetadataValues.bytes(MetadataValues.text(marker)));
        subsegment.putMetadata(namespace, key, marker);
        tracer.warnOnce("tracing.metadata-size", "metadata '" + namespace + "." + key + "' has " + size
                + " bytes; an X-Ray document carries at most " + XRayLimits.MAX_SEGMENT_DOCUMENT_BYTES
                + " bytes, so it was truncated (see its \"truncated\" marker)");
    }

    @Override
    public Span recordError(Throwable error) {
        if (error != null && isRecording()) {
            tracer.guard("recordError", () -> subsegment.addException(error));
        }
        return this;
    }

    @Override
    public Span markFault() {
        if (isRecording()) {
            tracer.guard("markFault", () -> subsegment.setFault(true));
        }
        return this;
    }

    @Override
    public boolean isRecording() {
        return subsegment.isSampled() && subsegment.isInProgress();
    }

    @Override
    public void end() {
        if (!owned || !ended.compareAndSet(false, true)) {
            return;
        }
        tracer.guard("end", () -> tracer.end(subsegment, previous));
    }

    /** The subsegment, for propagation to other threads. */
    Subsegment subsegment() {
        return subsegment;
    }
}
