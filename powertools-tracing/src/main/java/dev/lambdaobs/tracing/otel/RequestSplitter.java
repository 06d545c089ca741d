package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import io.opentelemetry.sdk.common.InstrumentationScopeInfo;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits spans into OTLP requests that each stay under a size and a span-count limit, one resource,
 * scope and sampling decision per request. A span too large on its own is sent without its attributes,
 * events and links (marked {@code lambdaobs.truncated}) and reported once: never dropped silently.
 */
final class RequestSplitter {
    /**
     * Where each request goes: {@code request[0 .. length)}, valid during the call only. It holds the Resource
     * message {@code resource} at {@code request[resourceAt ..)}: the same array for every request of one resource.
     */
    interface Sink {
        void send(boolean sampled, byte[] request, int length, int spanCount, byte[] resource, int resourceAt);
    }

    private static final ThreadLocal<OtlpTraceEncoder> ENCODERS = ThreadLocal.withInitial(OtlpTraceEncoder::new);

    private final int maxRequestBytes;
    private final int maxSpans;
    private final int maxSpanBytes;
    private final Diagnostics diagnostics;

    RequestSplitter(int maxRequestBytes, int maxSpans, int maxSpanBytes, Diagnostics diagnostics) {
        this.maxRequestBytes = maxRequestBytes;
        this.maxSpans = maxSpans;
        this.maxSpanBytes = maxSpanBytes;
        this.diagnostics = diagnostics;
    }

    void split(Collection<SpanData> spans, Sink sink) {
        OtlpTraceEncoder encoder = ENCODERS.get();
        if (spans.isEmpty()) {
            return;
        }
        Group first = Group.of(spans.iterator().next());
        if (allIn(first, spans)) {
            // An invocation's spans: one resource, one scope, one sampling decision.
            split(encoder, first, spans, sink);
            return;
        }
        for (Map.Entry<Group, List<SpanData>> group : groups(spans).entrySet()) {
            split(encoder, group.getKey(), group.getValue(), sink);
        }
    }

    /** Encodes each span once, into the request being filled, and sends the request when the next would not fit. */
    private void split(OtlpTraceEncoder encoder, Group group, Collection<SpanData> spans, Sink sink) {
        byte[] resource = encoder.resource(group.resource());
        byte[] scope = encoder.scope(group.scope());
        ProtoWriter pending = encoder.emptySpans();
        int count = 0;
        for (SpanData span : spans) {
            int field = ProtoWriter.fieldSize(fitting(encoder, span, resource.length, scope.length));
            if (count > 0 && (count >= maxSpans
                    || OtlpTraceEncoder.requestSize(resource.length, scope.length, pending.size() + field) > maxRequestBytes)) {
                send(sink, group.sampled(), encoder.request(resource, scope), count, resource, encoder);
                encoder.emptySpans();
                count = 0;
            }
            encoder.addSpan();
            count++;
        }
        if (count > 0) {
            send(sink, group.sampled(), encoder.request(resource, scope), count, resource, encoder);
        }
    }

    private static void send(Sink sink, boolean sampled, ProtoWriter request, int spanCount, byte[] resource,
                             OtlpTraceEncoder encoder) {
        sink.send(sampled, request.buffer(), request.size(), spanCount, resource, encoder.resourceAt());
    }

    /**
     * Encodes the span ({@link OtlpTraceEncoder#span}), reduced when it would not fit in a request alone;
     * returns the size of what was encoded.
     */
    private int fitting(OtlpTraceEncoder encoder, SpanData span, int resourceBytes, int scopeBytes) {
        int encoded = encoder.span(span).size();
        if (encoded <= maxSpanBytes
                && OtlpTraceEncoder.requestSize(resourceBytes, scopeBytes, ProtoWriter.fieldSize(encoded)) <= maxRequestBytes) {
            return encoded;
        }
        diagnostics.warnOnce("tracing.span-size", "span '" + span.getName() + "' encodes to " + encoded
                + " bytes, more than one request may carry (" + Math.min(maxSpanBytes, maxRequestBytes)
                + " bytes); it was sent without its attributes, events and links (lambdaobs.truncated=true)");
        return encoder.reducedSpan(span, encoded).size();
    }

    private static boolean allIn(Group group, Collection<SpanData> spans) {
        for (SpanData span : spans) {
            if (!group.holds(span)) {
                return false;
            }
        }
        return true;
    }

    private static Map<Group, List<SpanData>> groups(Collection<SpanData> spans) {
        Map<Group, List<SpanData>> groups = new LinkedHashMap<>();
        for (SpanData span : spans) {
            groups.computeIfAbsent(Group.of(span), k -> new ArrayList<>()).add(span);
        }
        return groups;
    }

    private record Group(Resource resource, InstrumentationScopeInfo scope, boolean sampled) {
        static Group of(SpanData span) {
            return new Group(span.getResource(), span.getInstrumentationScopeInfo(), span.getSpanContext().isSampled());
        }

        boolean holds(SpanData span) {
            return span.getSpanContext().isSampled() == sampled && span.getResource().equals(resource)
                    && span.getInstrumentationScopeInfo().equals(scope);
        }
    }
}
