package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.Invocation;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;

/**
 * POSTs spans as OTLP/HTTP protobuf to a collector or extension ({@code POWERTOOLS_TRACER_EXPORTER=otlp-http}),
 * with the JDK's HTTP client, synchronously (Lambda freezes the environment once the handler returns),
 * each request within X-Ray's OTLP endpoint limits. A failure or a non-2xx answer is reported once per
 * kind; the invocation waits at most {@link OtelLimits#OTLP_HTTP_TIMEOUT} per request.
 *
 * @see <a href="https://opentelemetry.io/docs/specs/otlp/#otlphttp">OTLP/HTTP</a>
 */
final class OtlpHttpSpanExporter implements SpanExporter, SelfReporting {
    private static final String PROTOBUF = "application/x-protobuf";

    private final URI endpoint;
    private final Diagnostics diagnostics;
    private final HttpClient client;
    private final RequestSplitter splitter;

    OtlpHttpSpanExporter(URI endpoint, Diagnostics diagnostics) {
        this.endpoint = endpoint;
        this.diagnostics = diagnostics;
        this.client = HttpClient.newBuilder().connectTimeout(OtelLimits.OTLP_HTTP_TIMEOUT).build();
        this.splitter = new RequestSplitter(OtelLimits.MAX_REQUEST_BYTES_OTLP, OtelLimits.MAX_SPANS_PER_REQUEST_OTLP,
                OtelLimits.MAX_SPAN_BYTES_OTLP, diagnostics);
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        boolean[] sent = {true};
        splitter.split(spans, (sampled, request, length, count, resource, resourceAt) -> sent[0] &= post(request, length));
        return sent[0] ? CompletableResultCode.ofSuccess() : CompletableResultCode.ofFailure();
    }

    private boolean post(byte[] body, int length) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(OtelLimits.OTLP_HTTP_TIMEOUT)
                .header("Content-Type", PROTOBUF)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body, 0, length))
                .build();
        if (Invocation.isPriming()) {
            // SnapStart priming: the request was built like any other; it is only not sent.
            return true;
        }
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                return true;
            }
            diagnostics.warnOnce("tracing.otlp-http." + response.statusCode(), "the OTLP endpoint " + endpoint
                    + " answered HTTP " + response.statusCode() + "; those spans are lost");
        } catch (IOException e) {
            diagnostics.warnOnce("tracing.otlp-http.io", "could not send spans to the OTLP endpoint " + endpoint
                    + " (" + e + "); traces are lost while this lasts");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            diagnostics.warnOnce("tracing.otlp-http.interrupted", "sending spans to " + endpoint + " was interrupted");
        }
        return false;
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
