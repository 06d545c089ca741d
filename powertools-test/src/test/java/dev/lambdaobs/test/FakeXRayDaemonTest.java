package dev.lambdaobs.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.config.DaemonConfiguration;
import com.amazonaws.xray.emitters.Emitter;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.strategy.sampling.AllSamplingStrategy;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeXRayDaemonTest {

    @Test
    void receivesTheSegmentTheRealSdkSends() throws Exception {
        try (FakeXRayDaemon daemon = FakeXRayDaemon.start()) {
            DaemonConfiguration daemonConfig = new DaemonConfiguration();
            daemonConfig.setDaemonAddress(daemon.address());
            AWSXRayRecorder recorder = AWSXRayRecorderBuilder.standard()
                    .withEmitter(Emitter.create(daemonConfig))
                    .withSamplingStrategy(new AllSamplingStrategy())
                    .build();

            Segment segment = recorder.beginSegment("kit-test");
            segment.putAnnotation("order_id", "o-42");
            recorder.endSegment();

            List<JsonNode> documents = daemon.awaitDocuments(1, Duration.ofSeconds(5));
            JsonNode document = documents.get(0);
            assertThat(document.path("name").asText()).isEqualTo("kit-test");
            assertThat(document.path("id").asText()).isEqualTo(segment.getId());
            assertThat(document.path("trace_id").asText()).isEqualTo(segment.getTraceId().toString());
            assertThat(document.path("annotations").path("order_id").asText()).isEqualTo("o-42");
            assertThat(daemon.malformedDatagrams()).isEmpty();
        }
    }

    @Test
    void awaitFailsWithWhatArrivedWhenTooFewDocumentsCome() {
        try (FakeXRayDaemon daemon = FakeXRayDaemon.start()) {
            assertThatThrownBy(() -> daemon.awaitDocuments(1, Duration.ofMillis(50)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("expected 1 X-Ray documents")
                    .hasMessageContaining("received 0");
        }
    }

    @Test
    void listensOnLoopbackOnly() {
        try (FakeXRayDaemon daemon = FakeXRayDaemon.start()) {
            assertThat(daemon.address()).startsWith("127.0.0.1:").endsWith(":" + daemon.port());
            assertThat(daemon.port()).isPositive();
        }
    }

    @Test
    void decodesOtlpDatagramsAsTheOpenTelemetryLayersSendThem() throws Exception {
        Span span = Span.newBuilder()
                .setTraceId(ByteString.copyFrom(HexFormat.of().parseHex("5759e988bd862e3fe1be46a994272793")))
                .setSpanId(ByteString.copyFrom(HexFormat.of().parseHex("53995c3f42cd8ad8")))
                .setName("## handleRequest")
                .setKind(Span.SpanKind.SPAN_KIND_INTERNAL)
                .addAttributes(KeyValue.newBuilder().setKey("ColdStart").setValue(AnyValue.newBuilder().setBoolValue(true)))
                .build();
        ExportTraceServiceRequest request = ExportTraceServiceRequest.newBuilder()
                .addResourceSpans(ResourceSpans.newBuilder()
                        .setResource(Resource.newBuilder().addAttributes(KeyValue.newBuilder().setKey("service.name")
                                .setValue(AnyValue.newBuilder().setStringValue("orders"))))
                        .addScopeSpans(ScopeSpans.newBuilder().addSpans(span)))
                .build();
        String datagram = FakeXRayDaemon.HEADER + "\nT1U" + Base64.getEncoder().encodeToString(request.toByteArray());

        try (FakeXRayDaemon daemon = FakeXRayDaemon.start(); DatagramSocket socket = new DatagramSocket()) {
            byte[] bytes = datagram.getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), daemon.port()));
            byte[] garbage = (FakeXRayDaemon.HEADER + "\nT1Snot base64!").getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(garbage, garbage.length, InetAddress.getLoopbackAddress(), daemon.port()));

            ReceivedSpan received = daemon.awaitSpans(1, Duration.ofSeconds(5)).get(0);
            assertThat(received.xrayTraceId()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
            assertThat(received.spanId()).isEqualTo("53995c3f42cd8ad8");
            assertThat(received.parentSpanId()).isEmpty();
            assertThat(received.sampled()).isFalse();
            assertThat(received.attributes()).containsEntry("ColdStart", true);
            assertThat(received.resource()).containsEntry("service.name", "orders");
            assertThat(daemon.documents()).isEmpty();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (daemon.rawDatagrams().size() < 2 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(daemon.rawDatagrams()).containsExactly(datagram, new String(garbage, StandardCharsets.UTF_8));
            assertThat(daemon.malformedDatagrams()).containsExactly(new String(garbage, StandardCharsets.UTF_8));
        }
    }

    @Test
    void awaitsOnlyTheSpansThatMatchIgnoringThoseOfOtherInvocations() throws Exception {
        try (FakeXRayDaemon daemon = FakeXRayDaemon.start(); DatagramSocket socket = new DatagramSocket()) {
            for (String traceId : List.of("5759e988bd862e3fe1be46a994272793", "6759e988bd862e3fe1be46a994272794")) {
                byte[] bytes = otlpDatagram(traceId, "## handleRequest").getBytes(StandardCharsets.UTF_8);
                socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), daemon.port()));
            }

            List<ReceivedSpan> mine = daemon.awaitSpans(
                    span -> span.xrayTraceId().equals("1-6759e988-bd862e3fe1be46a994272794"), 1, Duration.ofSeconds(5));

            assertThat(mine).extracting(ReceivedSpan::xrayTraceId).containsExactly("1-6759e988-bd862e3fe1be46a994272794");
            assertThatThrownBy(() -> daemon.awaitSpans(span -> span.name().equals("## other"), 1, Duration.ofMillis(50)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("expected 1 matching OTLP spans")
                    .hasMessageContaining("received 0 among");
        }
    }

    private static String otlpDatagram(String traceIdHex, String name) {
        Span span = Span.newBuilder()
                .setTraceId(ByteString.copyFrom(HexFormat.of().parseHex(traceIdHex)))
                .setSpanId(ByteString.copyFrom(HexFormat.of().parseHex("53995c3f42cd8ad8")))
                .setName(name)
                .build();
        ExportTraceServiceRequest request = ExportTraceServiceRequest.newBuilder()
                .addResourceSpans(ResourceSpans.newBuilder().addScopeSpans(ScopeSpans.newBuilder().addSpans(span)))
                .build();
        return FakeXRayDaemon.HEADER + "\nT1S" + Base64.getEncoder().encodeToString(request.toByteArray());
    }

    @Test
    void listensOnAGivenPortAndSaysClearlyWhenItIsTaken() throws Exception {
        FakeXRayDaemon started = null;
        int port = 0;
        // A port found free may be taken by another process before the daemon binds it: try a few.
        for (int attempt = 0; started == null && attempt < 5; attempt++) {
            try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            try {
                started = FakeXRayDaemon.start(port);
            } catch (java.io.UncheckedIOException taken) {
                started = null;
            }
        }
        assertThat(started).as("a daemon on a port found free").isNotNull();
        int given = port;
        try (FakeXRayDaemon daemon = started) {
            assertThat(daemon.address()).isEqualTo("127.0.0.1:" + given);
            assertThatThrownBy(() -> FakeXRayDaemon.start(given)).isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + given);
        }
    }
}
