package dev.lambdaobs.tracing;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.TraceHeaders;
import dev.lambdaobs.tracing.downstream.HttpClientTracing;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A real {@code java.net.http.HttpClient} calling a loopback server through the decorator: CLIENT spans on
 * the real OpenTelemetry SDK, {@code traceparent} and {@code X-Amzn-Trace-Id} on the wire, on both backends.
 */
class HttpClientTracingTest {
    private final TracingFixture fixture = new TracingFixture();
    private final InMemoryOtelTracer tracer = new InMemoryOtelTracer();
    private final LoopbackDynamo server = new LoopbackDynamo();
    private final HttpClient http = HttpClientTracing.wrap(HttpClient.newHttpClient(), tracer, fixture.diagnostics);
    private final Observability observability = Observability.builder()
            .config(fixture.config)
            .coldStart(ColdStart.newEnvironment())
            .step(TracingStep.builder(fixture.tracingConfig).tracer(tracer).build())
            .build();

    @AfterEach
    void close() {
        server.close();
        fixture.close();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(server.endpoint().resolve(path)).header("Accept", "application/json").build();
    }

    @Test
    void aCallIsAClientSpanOfTheHandlerAndBothHeadersNameIt() throws Exception {
        String header = TraceHeaders.sampled();
        int status = observability.call("e", FakeContext.builder().xrayTraceId(header).build(),
                () -> http.send(get("/rates?currency=EUR"), HttpResponse.BodyHandlers.ofString()).statusCode());

        assertThat(status).isEqualTo(200);
        SpanData handler = tracer.span("## handleRequest");
        SpanData call = tracer.span("GET");
        assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(call.getParentSpanId()).isEqualTo(handler.getSpanId());
        assertThat(call.getAttributes().get(stringKey("http.request.method"))).isEqualTo("GET");
        assertThat(call.getAttributes().get(stringKey("url.full"))).isEqualTo(server.endpoint() + "/rates?currency=EUR");
        assertThat(call.getAttributes().get(stringKey("server.address"))).isEqualTo("127.0.0.1");
        assertThat(call.getAttributes().get(longKey("server.port"))).isEqualTo((long) server.endpoint().getPort());
        assertThat(call.getAttributes().get(longKey("http.response.status_code"))).isEqualTo(200L);
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);

        assertThat(server.traceparents()).containsExactly("00-" + call.getTraceId() + "-" + call.getSpanId() + "-01");
        TraceHeader sent = TraceHeader.parse(server.traceHeaders().get(0)).orElseThrow();
        assertThat(sent.root()).isEqualTo(TraceHeader.parse(header).orElseThrow().root());
        assertThat(sent.parent()).contains(call.getSpanId());
        assertThat(sent.sampled()).isEqualTo(TraceHeader.Sampling.SAMPLED);
        assertThat(sent.others()).containsEntry("Lineage", "a87bd80c:1");
    }

    @Test
    void anErrorStatusMakesAnErrorSpanAndTheResponseIsUnchanged() {
        server.answer(503);
        HttpResponse<String> response = observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                () -> http.sendAsync(get("/rates"), HttpResponse.BodyHandlers.ofString()).join());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{}");
        SpanData call = tracer.span("GET");
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(call.getAttributes().get(stringKey("error.type"))).isEqualTo("503");
        assertThat(server.traceparents().get(0)).contains(call.getSpanId());
    }

    @Test
    void aFailedConnectionIsRecordedAndRethrownUnchanged() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpRequest refused = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closedPort + "/")).build();
        observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> {
            assertThatThrownBy(() -> http.send(refused, HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
            assertThatThrownBy(() -> http.sendAsync(refused, HttpResponse.BodyHandlers.ofString()).join())
                    .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ConnectException.class);
            return "handled";
        });

        assertThat(tracer.spans()).filteredOn(span -> span.getName().equals("GET")).hasSize(2).allSatisfy(call -> {
            assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(call.getAttributes().get(stringKey("error.type"))).isEqualTo(ConnectException.class.getName());
        });
    }

    @Test
    void aCallOutsideAnySpanIsSentAsIs() throws Exception {
        assertThat(http.send(get("/"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        assertThat(tracer.spans()).isEmpty();
        assertThat(server.traceHeaders()).containsExactly("");
        assertThat(server.traceparents()).containsExactly("");
    }

    @Test
    void onTheXRayBackendTheHeadersNameTheCurrentSubsegment() throws Exception {
        HttpClient xrayHttp = HttpClientTracing.wrap(HttpClient.newHttpClient(), fixture.tracer);
        String header = TraceHeaders.sampled();
        fixture.observability().call("e", FakeContext.builder().xrayTraceId(header).build(),
                () -> xrayHttp.send(get("/"), HttpResponse.BodyHandlers.ofString()).statusCode());

        JsonNode handler = fixture.onlyDocument();
        String id = handler.path("id").asText();
        String root = TraceHeader.parse(header).orElseThrow().root();
        assertThat(server.traceHeaders()).containsExactly("Root=" + root + ";Parent=" + id + ";Sampled=1;Lineage=a87bd80c:1");
        assertThat(server.traceparents()).containsExactly("00-" + root.substring(2).replace("-", "") + "-" + id + "-01");
    }

    @Test
    void aNoopTracerLeavesTheClientAsItIs() {
        HttpClient plain = HttpClient.newHttpClient();

        assertThat(HttpClientTracing.wrap(plain, Tracer.noop())).isSameAs(plain);
    }
}
