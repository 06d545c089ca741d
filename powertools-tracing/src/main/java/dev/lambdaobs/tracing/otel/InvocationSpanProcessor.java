package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds the ended spans of each invocation's trace and exports them together, on the invocation's own
 * thread, when its root span ends: before the handler returns (Lambda freezes the environment after),
 * in as few datagrams as fit, with no background thread. Spans of a trace with no open invocation, or
 * ending after it, are exported at once. The exporter's failures are reported once and never thrown.
 */
final class InvocationSpanProcessor implements SpanProcessor {
    private final SpanExporter exporter;
    private final Diagnostics diagnostics;
    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

    InvocationSpanProcessor(SpanExporter exporter, Diagnostics diagnostics) {
        this.exporter = exporter;
        this.diagnostics = diagnostics;
    }

    /** An invocation of trace {@code traceId} started: hold its spans until {@link #close}. */
    void open(String traceId) {
        held.compute(traceId, (id, current) -> current == null ? new Held() : current.retain());
    }

    /** The invocation's root span ended: export what its trace holds (the last invocation of that trace). */
    void close(String traceId) {
        Held[] done = {null};
        held.computeIfPresent(traceId, (id, current) -> {
            if (current.release()) {
                done[0] = current;
                return null;
            }
            return current;
        });
        if (done[0] != null) {
            export(done[0].closed());
        }
    }

    @Override
    public void onEnd(ReadableSpan span) {
        SpanData data = span.toSpanData();
        if (data.getTotalAttributeCount() > data.getAttributes().size()) {
            diagnostics.warnOnce("tracing.attribute-count", "span '" + data.getName() + "' has "
                    + data.getTotalAttributeCount() + " attributes; " + OtelLimits.MAX_ATTRIBUTES_PER_SPAN
                    + " are kept per span, the others are dropped (dropped_attributes_count says how many)");
        }
        Held current = held.get(data.getSpanContext().getTraceId());
        List<SpanData> ready = current == null ? List.of(data) : current.add(data);
        if (ready != null) {
            export(ready);
        }
    }

    private void export(List<SpanData> spans) {
        if (spans.isEmpty()) {
            return;
        }
        try {
            CompletableResultCode result = exporter.export(spans);
            if (result.isDone() && !result.isSuccess() && !(exporter instanceof SelfReporting)) {
                diagnostics.warnOnce("tracing.export-failed", "the span exporter " + exporter.getClass().getName()
                        + " failed to export " + spans.size() + " spans (further failures are not reported)");
            }
        } catch (RuntimeException | LinkageError e) {
            diagnostics.failureOnce("tracing.export", e);
        }
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    @Override
    public CompletableResultCode shutdown() {
        return exporter.shutdown();
    }

    /** One trace's held spans and how many of its invocations are open. */
    private static final class Held {
        private final List<SpanData> spans = new ArrayList<>();
        private int open = 1;

        synchronized Held retain() {
            open++;
            return this;
        }

        synchronized boolean release() {
            return --open == 0;
        }

        /** Holds {@code span}; returns what must be exported now (when closed, or full), else null. */
        synchronized List<SpanData> add(SpanData span) {
            if (open <= 0) {
                return List.of(span);
            }
            spans.add(span);
            return spans.size() >= OtelLimits.MAX_HELD_SPANS ? drain() : null;
        }

        /** The spans held, once closed: from then on {@link #add} leaves them alone, so they are not copied. */
        synchronized List<SpanData> closed() {
            return spans;
        }

        synchronized List<SpanData> drain() {
            List<SpanData> out = new ArrayList<>(spans);
            spans.clear();
            return out;
        }
    }
}
