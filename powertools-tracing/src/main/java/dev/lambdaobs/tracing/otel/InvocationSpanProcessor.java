package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds the ended spans of each invocation's trace and exports them together, on the invocation's own
 * thread, when its root span ends: before the handler returns (Lambda freezes the environment after),
 * in as few datagrams as fit, with no background thread. Spans of a trace with no open invocation, or
 * ending after it, are exported at once. The exporter's failures are reported once and never thrown.
 * {@link RecordingTracer} hands it each span as it ends (what the SDK's span processors were for).
 */
final class InvocationSpanProcessor {
    private final SpanExporter exporter;
    private final Diagnostics diagnostics;
    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

    InvocationSpanProcessor(SpanExporter exporter, Diagnostics diagnostics) {
        this.exporter = exporter;
        this.diagnostics = diagnostics;
    }

    /**
     * An invocation of trace {@code traceId} started: hold its spans until {@link #close}. Without
     * {@code compute} and its lambdas: they cost a reservation node and a capture per invocation.
     */
    void open(String traceId) {
        Held fresh = null;
        while (true) {
            Held current = held.get(traceId);
            if (current != null && current.retain()) {
                return;
            }
            // None, or one closed by its last invocation and about to leave the map: put ours in its place.
            fresh = fresh == null ? new Held() : fresh;
            if (current == null ? held.putIfAbsent(traceId, fresh) == null : held.replace(traceId, current, fresh)) {
                return;
            }
        }
    }

    /** The invocation's root span ended: export what its trace holds (the last invocation of that trace). */
    void close(String traceId) {
        Held current = held.get(traceId);
        if (current != null && current.release()) {
            held.remove(traceId, current);
            export(current);
        }
    }

    /** {@code data} ended: held with its invocation's spans, or exported now. */
    void onEnd(SpanData data) {
        if (data.getTotalAttributeCount() > data.getAttributes().size()) {
            diagnostics.warnOnce("tracing.attribute-count", "span '" + data.getName() + "' has "
                    + data.getTotalAttributeCount() + " attributes; " + OtelLimits.MAX_ATTRIBUTES_PER_SPAN
                    + " are kept per span, the others are dropped (dropped_attributes_count says how many)");
        }
        Held current = held.get(data.getSpanContext().getTraceId());
        List<SpanData> ready = current == null ? List.of(data) : current.hold(data);
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

    /**
     * One trace's held spans and how many of its invocations are open; once none is, it is the list of spans to
     * export (no copy, no list object besides itself). Closed for good: a later invocation of the trace gets a new one.
     */
    private static final class Held extends AbstractList<SpanData> {
        private SpanData[] spans;
        private int size;
        private int open = 1;

        /** One more open invocation; false once closed. */
        synchronized boolean retain() {
            if (open <= 0) {
                return false;
            }
            open++;
            return true;
        }

        /** One invocation fewer; true when it was the last (the spans are then to be exported). */
        synchronized boolean release() {
            return --open == 0;
        }

        /** Holds {@code span}; returns what must be exported now (when closed, or full), else null. */
        synchronized List<SpanData> hold(SpanData span) {
            if (open <= 0) {
                return List.of(span);
            }
            if (spans == null) {
                spans = new SpanData[4];
            } else if (size == spans.length) {
                spans = Arrays.copyOf(spans, 2 * size);
            }
            spans[size++] = span;
            return size >= OtelLimits.MAX_HELD_SPANS ? drain() : null;
        }

        private List<SpanData> drain() {
            List<SpanData> out = Arrays.asList(Arrays.copyOf(spans, size));
            Arrays.fill(spans, 0, size, null);
            size = 0;
            return out;
        }

        // Read only once closed, by the thread whose synchronized release() closed it (so it sees every hold before),
        // and no hold writes after that: no lock per element.
        @Override
        public SpanData get(int index) {
            Objects.checkIndex(index, size);
            return spans[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
