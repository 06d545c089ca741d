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
    /** Where each request goes: {@code request[0 .. length)}, valid during the call only. */
    interface Sink {
        void send(boolean sampled, byte[] request, int length, int spanCount);
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
        for (Map.Entry<Group, List<SpanData>> group : groups(spans).entrySet()) {
            byte[] resource = encoder.resource(group.getKey().resource());
            byte[] scope = encoder.scope(group.getKey().scope());
            List<byte[]> pending = new ArrayList<>();
            int pendingFields = 0;
            for (SpanData span : group.getValue()) {
                byte[] encoded = fitting(encoder, span, resource.length, scope.length);
                int field = ProtoWriter.fieldSize(encoded.length);
                if (!pending.isEmpty() && (pending.size() >= maxSpans
                        || OtlpTraceEncoder.requestSize(resource.length, scope.length, pendingFields + field) > maxRequestBytes)) {
                    send(sink, group.getKey().sampled(), encoder.writeRequest(resource, scope, pending), pending.size());
                    pending = new ArrayList<>();
                    pendingFields = 0;
                }
                pending.add(encoded);
                pendingFields += field;
            }
            if (!pending.isEmpty()) {
                send(sink, group.getKey().sampled(), encoder.writeRequest(resource, scope, pending), pending.size());
            }
        }
    }

    private static void send(Sink sink, boolean sampled, ProtoWriter request, int spanCount) {
        sink.send(sampled, request.buffer(), request.size(), spanCount);
    }

    /** The span's encoding, reduced when it would not fit in a request alone. */
    private byte[] fitting(OtlpTraceEncoder encoder, SpanData span, int resourceBytes, int scopeBytes) {
        byte[] encoded = encoder.span(span);
        if (encoded.length <= maxSpanBytes
                && OtlpTraceEncoder.requestSize(resourceBytes, scopeBytes, ProtoWriter.fieldSize(encoded.length)) <= maxRequestBytes) {
            return encoded;
        }
        diagnostics.warnOnce("tracing.span-size", "span '" + span.getName() + "' encodes to " + encoded.length
                + " bytes, more than one request may carry (" + Math.min(maxSpanBytes, maxRequestBytes)
                + " bytes); it was sent without its attributes, events and links (lambdaobs.truncated=true)");
        return encoder.reducedSpan(span, encoded.length);
    }

    private static Map<Group, List<SpanData>> groups(Collection<SpanData> spans) {
        Map<Group, List<SpanData>> groups = new LinkedHashMap<>();
        for (SpanData span : spans) {
            Group key = new Group(span.getResource(), span.getInstrumentationScopeInfo(), span.getSpanContext().isSampled());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(span);
        }
        return groups;
    }

    private record Group(Resource resource, InstrumentationScopeInfo scope, boolean sampled) {
    }
}
