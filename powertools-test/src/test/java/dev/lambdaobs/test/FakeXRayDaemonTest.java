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
import java.time.Duration;
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
}
