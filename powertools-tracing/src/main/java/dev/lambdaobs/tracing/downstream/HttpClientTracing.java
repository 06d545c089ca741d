package dev.lambdaobs.tracing.downstream;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.tracing.Tracer;
import java.net.http.HttpClient;

/**
 * Traces the calls of a {@code java.net.http.HttpClient}. On the OpenTelemetry backend each call is a
 * CLIENT span ({@code http.request.method}, {@code url.full}, {@code server.address},
 * {@code http.response.status_code}, error status); on every backend the request carries both
 * {@code traceparent} (W3C) and {@code X-Amzn-Trace-Id} (X-Ray, with the invocation's {@code Lineage})
 * naming the caller's span. With a no-op tracer the client is returned as is.
 *
 * <pre>{@code
 * HttpClient http = HttpClientTracing.wrap(HttpClient.newHttpClient(), tracer);
 * http.send(HttpRequest.newBuilder(URI.create("https://api.example.com/rates")).build(), BodyHandlers.ofString());
 * }</pre>
 */
public final class HttpClientTracing {
    private HttpClientTracing() {
    }

    /** {@code client} with its calls traced by {@code tracer}; problems go to standard error, once each. */
    public static HttpClient wrap(HttpClient client, Tracer tracer) {
        return wrap(client, tracer, Diagnostics.stderr());
    }

    /** The same, reporting its own problems to {@code diagnostics}. */
    public static HttpClient wrap(HttpClient client, Tracer tracer, Diagnostics diagnostics) {
        if (!tracer.isEnabled()) {
            return client;
        }
        HttpCalls calls = tracer.unwrap(io.opentelemetry.api.trace.Tracer.class)
                .<HttpCalls>map(otel -> new OtelHttpCalls(otel, tracer, diagnostics))
                .orElseGet(() -> new HeaderOnlyHttpCalls(tracer, diagnostics));
        return new TracedHttpClient(client, calls);
    }
}
