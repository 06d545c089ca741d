package dev.lambdaobs.tracing.downstream;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.tracing.Tracer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP calls on a backend without client spans (the X-Ray SDK): the request carries the current span
 * as Parent in {@code X-Amzn-Trace-Id} and in {@code traceparent}; nothing is recorded.
 */
final class HeaderOnlyHttpCalls implements HttpCalls {
    private final Tracer tracer;
    private final Diagnostics diagnostics;

    HeaderOnlyHttpCalls(Tracer tracer, Diagnostics diagnostics) {
        this.tracer = tracer;
        this.diagnostics = diagnostics;
    }

    @Override
    public HttpCall start(HttpRequest request) {
        TraceHeader header;
        try {
            header = tracer.downstreamTraceHeader().flatMap(TraceHeader::parse).orElse(null);
        } catch (RuntimeException e) {
            diagnostics.failureOnce("tracing.http-client.start", e);
            return null;
        }
        if (header == null) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(PropagationHeaders.XRAY, header.toString());
        PropagationHeaders.traceparent(header).ifPresent(value -> headers.put(PropagationHeaders.W3C, value));
        return new HttpCall() {
            @Override
            public Map<String, String> headers() {
                return headers;
            }

            @Override
            public void end(HttpResponse<?> response, Throwable failure) {
                // The X-Ray backend records no client span for plain HTTP calls.
            }
        };
    }
}
