package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.TraceHeaders;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The opt-in OTLP/HTTP exporter against a loopback HTTP server speaking OTLP. */
class OtlpHttpExportTest {
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final List<ExportTraceServiceRequest> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private final HttpServer server = start();

    private HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/v1/traces", exchange -> {
                contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
                requests.add(ExportTraceServiceRequest.parseFrom(exchange.getRequestBody().readAllBytes()));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            http.start();
            return http;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private TracingFixture fixture(String endpoint) {
        return TracingFixture.otel(env -> env.set("POWERTOOLS_TRACER_EXPORTER", "otlp-http")
                .set("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", endpoint));
    }

    private String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    @Test
    void theInvocationsSpansArePostedAsOtlpProtobufBeforeTheHandlerReturns() {
        try (TracingFixture fixture = fixture(endpoint())) {
            Object response = fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                    () -> fixture.tracer.trace("## charge", () -> "ok"));

            assertThat(response).isEqualTo("ok");
            assertThat(requests).as("sent synchronously, before call() returned").hasSize(1);
            List<Span> spans = requests.get(0).getResourceSpans(0).getScopeSpans(0).getSpansList();
            assertThat(spans).extracting(Span::getName).containsExactlyInAnyOrder("## charge", "## handleRequest");
            assertThat(contentTypes).containsExactly("application/x-protobuf");
            assertThat(fixture.daemon.rawDatagrams()).isEmpty();
            assertThat(fixture.warnings).isEmpty();
        }
    }

    @Test
    void anErrorAnswerIsReportedOnceAndChangesNothingForTheHandler() {
        status = 500;
        try (TracingFixture fixture = fixture(endpoint())) {
            for (int i = 0; i < 2; i++) {
                assertThat(fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                        () -> "ok")).isEqualTo("ok");
            }
            assertThat(requests).hasSize(2);
            assertThat(fixture.warnings).singleElement().asString().contains("answered HTTP 500");
        }
    }

    @Test
    void anEndpointNotListeningIsReportedOnce() {
        String closed = endpoint();
        server.stop(0);
        try (TracingFixture fixture = fixture(closed)) {
            for (int i = 0; i < 2; i++) {
                assertThat(fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                        () -> "ok")).isEqualTo("ok");
            }
            assertThat(fixture.warnings).singleElement().asString().contains("could not send spans to the OTLP endpoint " + closed);
        }
    }
}
