package dev.lambdaobs.tracing.downstream;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.TraceHeader;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP calls as OpenTelemetry CLIENT spans named after the method, with the semantic conventions'
 * attributes; the request carries {@code traceparent} and {@code X-Amzn-Trace-Id} naming that span.
 * A call made outside any span is not traced.
 *
 * @see <a href="https://opentelemetry.io/docs/specs/semconv/http/http-spans/#http-client">HTTP client spans</a>
 */
final class OtelHttpCalls implements HttpCalls {
    static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    /** Client spans: a status from 400 up is an error. */
    private static final int FIRST_ERROR_STATUS = 400;

    private final Tracer otel;
    private final dev.lambdaobs.tracing.Tracer tracer;
    private final Diagnostics diagnostics;

    OtelHttpCalls(Tracer otel, dev.lambdaobs.tracing.Tracer tracer, Diagnostics diagnostics) {
        this.otel = otel;
        this.tracer = tracer;
        this.diagnostics = diagnostics;
    }

    @Override
    public HttpCall start(HttpRequest request) {
        try {
            Context parent = Context.current();
            if (!Span.fromContext(parent).getSpanContext().isValid()) {
                return null;
            }
            URI uri = request.uri();
            var builder = otel.spanBuilder(request.method())
                    .setParent(parent)
                    .setSpanKind(SpanKind.CLIENT)
                    .setAttribute(METHOD, request.method())
                    .setAttribute(URL_FULL, withoutCredentials(uri));
            if (uri.getHost() != null) {
                builder.setAttribute(SERVER_ADDRESS, uri.getHost());
            }
            if (uri.getPort() > 0) {
                builder.setAttribute(SERVER_PORT, (long) uri.getPort());
            }
            Span span = builder.startSpan();
            Optional<TraceHeader> origin = tracer.downstreamTraceHeader().flatMap(TraceHeader::parse);
            Map<String, String> headers = Map.of(
                    PropagationHeaders.W3C, PropagationHeaders.traceparent(span.getSpanContext()),
                    PropagationHeaders.XRAY, PropagationHeaders.xray(span.getSpanContext(), origin));
            return new Call(span, headers);
        } catch (RuntimeException e) {
            diagnostics.failureOnce("tracing.http-client.start", e);
            return null;
        }
    }

    private static String withoutCredentials(URI uri) {
        String full = uri.toString();
        String userInfo = uri.getRawUserInfo();
        return userInfo == null ? full : full.replace(userInfo + '@', "REDACTED:REDACTED@");
    }

    private final class Call implements HttpCall {
        private final Span span;
        private final Map<String, String> headers;

        Call(Span span, Map<String, String> headers) {
            this.span = span;
            this.headers = headers;
        }

        @Override
        public Map<String, String> headers() {
            return headers;
        }

        @Override
        public void end(HttpResponse<?> response, Throwable failure) {
            try {
                if (response != null) {
                    span.setAttribute(STATUS, (long) response.statusCode());
                    if (response.statusCode() >= FIRST_ERROR_STATUS) {
                        span.setAttribute(ERROR_TYPE, Integer.toString(response.statusCode()));
                        span.setStatus(StatusCode.ERROR);
                    }
                }
                if (failure != null) {
                    span.recordException(failure);
                    span.setAttribute(ERROR_TYPE, failure.getClass().getName());
                    span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
                }
            } catch (RuntimeException e) {
                diagnostics.failureOnce("tracing.http-client.end", e);
            } finally {
                span.end();
            }
        }
    }
}
