package dev.lambdaobs.tracing.xray;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Entity;
import com.amazonaws.xray.entities.Subsegment;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import dev.lambdaobs.core.snapstart.RandomSource;
import dev.lambdaobs.tracing.Span;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.rules.TraceBudget;
import dev.lambdaobs.tracing.rules.XRayNames;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The X-Ray backend of {@link Tracer}. The current span of a thread is the X-Ray SDK's current entity,
 * so the SDK's own integrations (the AWS SDK v2 interceptor) nest under our spans. A thread with no
 * current entity starts under Lambda's segment, rebuilt from the invocation's trace header.
 */
final class XRayTracer implements Tracer {
    private final AWSXRayRecorder recorder;
    private final String serviceName;
    private final TraceHeaderLookup traceHeaders;
    private final Diagnostics diagnostics;
    /** The SDK's ids come from ThreadLocalRandom, which a SnapStart snapshot holds: ours are set apart per restore. */
    private final RandomSource ids;

    XRayTracer(AWSXRayRecorder recorder, String serviceName, TraceHeaderLookup traceHeaders, Diagnostics diagnostics,
               RandomSource ids) {
        this.ids = ids;
        this.recorder = recorder;
        this.serviceName = serviceName;
        this.traceHeaders = traceHeaders;
        this.diagnostics = diagnostics;
    }

    @Override
    public Span startSpan(String name) {
        try {
            Entity current = recorder.getTraceEntity();
            if (current != null) {
                return child(name, current);
            }
            Invocation invocation = Invocation.currentOrNull();
            Optional<TraceHeader> header = invocation != null ? invocation.facts().traceHeader() : Optional.empty();
            return root(name, header.isPresent() ? header : traceHeaders.find(null), null);
        } catch (RuntimeException e) {
            diagnostics.failureOnce("tracing.startSpan", e);
            return Span.noop();
        }
    }

    @Override
    public Span startSpan(String name, Invocation invocation) {
        try {
            Entity current = recorder.getTraceEntity();
            Optional<TraceHeader> header = invocation.facts().traceHeader();
            if (current != null && header.isPresent()
                    && header.get().root().equals(current.getParentSegment().getTraceId().toString())) {
                return child(name, current);
            }
            return root(name, header, current);
        } catch (RuntimeException e) {
            diagnostics.failureOnce("tracing.startSpan", e);
            return Span.noop();
        }
    }

    private Span root(String name, Optional<TraceHeader> header, Entity previous) {
        if (header.isEmpty() || header.get().parent().isEmpty()) {
            diagnostics.warnOnce("tracing.no-trace-header", "no X-Ray trace header with a Parent for this invocation"
                    + " (Context.getXrayTraceId(), _X_AMZN_TRACE_ID, com.amazonaws.xray.traceHeader): not traced");
            return Span.noop();
        }
        InvocationRoot root = new InvocationRoot(this, recorder, header.get());
        recorder.setTraceEntity(root);
        Subsegment subsegment = begin(name);
        return new XRaySpan(this, subsegment, root.budget(), previous, true);
    }

    private Subsegment begin(String name) {
        Subsegment subsegment = recorder.beginSubsegment(XRayNames.spanName(name));
        subsegment.setId(RandomSource.hex16(ids.nextNonZeroLong()));
        return subsegment;
    }

    private Span child(String name, Entity current) {
        Subsegment subsegment = begin(name);
        return new XRaySpan(this, subsegment, budgetOf(subsegment), current, true);
    }

    @Override
    public Span currentSpan() {
        try {
            Entity current = recorder.getTraceEntity();
            if (current instanceof Subsegment subsegment) {
                return new XRaySpan(this, subsegment, budgetOf(subsegment), null, false);
            }
        } catch (RuntimeException e) {
            diagnostics.failureOnce("tracing.currentSpan", e);
        }
        return Span.noop();
    }

    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public Runnable wrap(Runnable task) {
        Entity captured = recorder.getTraceEntity();
        return Invocation.wrap(() -> {
            try (Attached ignored = attach(captured)) {
                task.run();
            }
        });
    }

    @Override
    public <T> Callable<T> wrap(Callable<T> task) {
        Entity captured = recorder.getTraceEntity();
        return Invocation.wrap(() -> {
            try (Attached ignored = attach(captured)) {
                return task.call();
            }
        });
    }

    @Override
    public <T> Optional<T> unwrap(Class<T> type) {
        return type.isInstance(recorder) ? Optional.of(type.cast(recorder)) : Optional.empty();
    }

    @Override
    public Optional<String> downstreamTraceHeader() {
        Entity current = recorder.getTraceEntity();
        if (!(current instanceof Subsegment) || !(current.getParentSegment() instanceof InvocationRoot root)) {
            return Optional.empty();
        }
        TraceHeader origin = root.header();
        TraceHeader.Sampling sampling = current.getParentSegment().isSampled()
                ? TraceHeader.Sampling.SAMPLED : TraceHeader.Sampling.NOT_SAMPLED;
        // An unsampled (no-op) subsegment has no id of its own: the invocation's parent stays the parent.
        Optional<String> parent = current.getId() == null || current.getId().isEmpty()
                ? origin.parent() : Optional.of(current.getId());
        return Optional.of(new TraceHeader(origin.root(), parent, sampling, origin.others()).toString());
    }

    /** Ends {@code subsegment} (the SDK sends it when it is a top-level one) and restores what was current. */
    void end(Subsegment subsegment, Entity previous) {
        recorder.endSubsegment(subsegment);
        if (recorder.getTraceEntity() == subsegment) {
            restore(previous);
        }
    }

    private Attached attach(Entity entity) {
        Entity before = recorder.getTraceEntity();
        recorder.setTraceEntity(entity);
        return () -> restore(before);
    }

    private void restore(Entity previous) {
        if (previous == null) {
            recorder.clearTraceEntity();
        } else {
            recorder.setTraceEntity(previous);
        }
    }

    private static TraceBudget budgetOf(Subsegment subsegment) {
        return subsegment.getParentSegment() instanceof InvocationRoot root ? root.budget() : new TraceBudget();
    }

    String serviceName() {
        return serviceName;
    }

    void warnOnce(String key, String message) {
        diagnostics.warnOnce(key, message);
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    void guard(String operation, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            diagnostics.failureOnce("tracing." + operation, e);
        }
    }

    /** Undoes {@link #attach} when closed. */
    private interface Attached extends AutoCloseable {
        @Override
        void close();
    }
}
