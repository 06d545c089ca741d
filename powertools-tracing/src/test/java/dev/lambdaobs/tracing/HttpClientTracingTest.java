package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.RefusingPort;
import dev.lambdaobs.test.TraceHeaders;
import dev.lambdaobs.tracing.downstream.HttpClientTracing;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A real {@code java.net.http.HttpClient} calling a loopback server through the decorator: CLIENT spans on
 * our OpenTelemetry backend (received over UDP and decoded), {@code traceparent} and {@code X-Amzn-Trace-Id}
 * on the wire, on both backends.
 */
class HttpClientTracingTest {
    private final TracingFixture fixture = TracingFixture.otel();
    private final LoopbackDynamo server = new LoopbackDynamo();
    private final HttpClient http = HttpClientTracing.wrap(HttpClient.newHttpClient(), fixture.tracer, fixture.diagnostics);
    private final Observability observability = fixture.observability();

    @AfterEach
    void close() {
        server.close();
        fixture.close();
    }

    private ReceivedSpan call(int spans) {
        return OtelAwsSdkTracingTest.named(fixture.spans(spans), "GET");
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
        List<ReceivedSpan> spans = fixture.spans(2);
        ReceivedSpan handler = OtelAwsSdkTracingTest.named(spans, "## handleRequest");
        ReceivedSpan call = OtelAwsSdkTracingTest.named(spans, "GET");
        assertThat(call.kind()).isEqualTo("SPAN_KIND_CLIENT");
        assertThat(call.parentSpanId()).isEqualTo(handler.spanId());
        assertThat(call.attributes())
                .containsEntry("http.request.method", "GET")
                .containsEntry("url.full", server.endpoint() + "/rates?currency=EUR")
                .containsEntry("server.address", "127.0.0.1")
                .containsEntry("server.port", (long) server.endpoint().getPort())
                .containsEntry("http.response.status_code", 200L);
        assertThat(call.statusCode()).isEqualTo("STATUS_CODE_UNSET");

        assertThat(server.traceparents()).containsExactly("00-" + call.traceId() + "-" + call.spanId() + "-01");
        TraceHeader sent = TraceHeader.parse(server.traceHeaders().get(0)).orElseThrow();
        assertThat(sent.root()).isEqualTo(TraceHeader.parse(header).orElseThrow().root());
        assertThat(sent.parent()).contains(call.spanId());
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
        ReceivedSpan call = call(2);
        assertThat(call.statusCode()).isEqualTo("STATUS_CODE_ERROR");
        assertThat(call.attributes()).containsEntry("error.type", "503").containsEntry("http.response.status_code", 503L);
        assertThat(server.traceparents().get(0)).contains(call.spanId());
    }

    @Test
    void aFailedConnectionIsRecordedAndRethrownUnchanged() throws Exception {
        // Bound but not listening, held for the test: refused, and no server beside can take the port meanwhile.
        try (RefusingPort held = RefusingPort.tcp()) {
            HttpRequest refused = HttpRequest.newBuilder(URI.create("http://" + held.address() + "/")).build();
            observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> {
                assertThatThrownBy(() -> http.send(refused, HttpResponse.BodyHandlers.ofString()))
                        .isInstanceOf(ConnectException.class);
                assertThatThrownBy(() -> http.sendAsync(refused, HttpResponse.BodyHandlers.ofString()).join())
                        .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ConnectException.class);
                return "handled";
            });
        }

        assertThat(fixture.spans(3)).filteredOn(span -> span.name().equals("GET")).hasSize(2).allSatisfy(call -> {
            assertThat(call.statusCode()).isEqualTo("STATUS_CODE_ERROR");
            assertThat(call.attributes()).containsEntry("error.type", ConnectException.class.getName());
            assertThat(call.events()).extracting(ReceivedSpan.Event::name).containsExactly("exception");
        });
    }

    @Test
    void aCallOutsideAnySpanIsSentAsIs() throws Exception {
        assertThat(http.send(get("/"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        assertThat(fixture.daemon.spans()).isEmpty();
        assertThat(server.traceHeaders()).containsExactly("");
        assertThat(server.traceparents()).containsExactly("");
    }

    @Test
    void onTheXRayBackendTheHeadersNameTheCurrentSubsegment() throws Exception {
        TracingFixture xray = new TracingFixture();
        HttpClient xrayHttp = HttpClientTracing.wrap(HttpClient.newHttpClient(), xray.tracer);
        String header = TraceHeaders.sampled();
        xray.observability().call("e", FakeContext.builder().xrayTraceId(header).build(),
                () -> xrayHttp.send(get("/"), HttpResponse.BodyHandlers.ofString()).statusCode());

        JsonNode handler = xray.onlyDocument();
        xray.close();
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
