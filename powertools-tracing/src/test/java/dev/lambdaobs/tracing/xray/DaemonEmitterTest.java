package dev.lambdaobs.tracing.xray;

import dev.lambdaobs.tracing.rules.XRayLimits;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.entities.SegmentImpl;
import com.amazonaws.xray.entities.SubsegmentImpl;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.test.FakeXRayDaemon;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The emitter as the daemon sees it: every datagram one whole document, whatever came before it. */
class DaemonEmitterTest {
    private final AWSXRayRecorder recorder = AWSXRayRecorderBuilder.standard().build();
    private final SegmentImpl segment = new SegmentImpl(recorder, "create-order");
    private final List<String> reported = new CopyOnWriteArrayList<>();

    @Test
    void aShortDocumentAfterALongOneIsSentWhole() throws Exception {
        try (FakeXRayDaemon daemon = FakeXRayDaemon.start()) {
            DaemonEmitter emitter = emitterTo(daemon);
            // Long, but not so long that the thread's buffer is let go: the short one is written over it.
            SubsegmentImpl longer = subsegment("long");
            longer.putMetadata("payload", "x".repeat(8_000));
            SubsegmentImpl shorter = subsegment("short");

            assertThat(emitter.sendSubsegment(longer)).isTrue();
            assertThat(emitter.sendSubsegment(shorter)).isTrue();

            List<JsonNode> documents = daemon.awaitDocuments(2, Duration.ofSeconds(5));
            assertThat(documents).extracting(document -> document.path("name").asText())
                    .containsExactly("long", "short");
            assertThat(documents.get(0).path("metadata").path("default").path("payload").asText()).hasSize(8_000);
            assertThat(daemon.rawDocuments().get(1)).doesNotContain("xxx").hasSizeLessThan(1_000);
            assertThat(daemon.malformedDatagrams()).isEmpty();
            assertThat(reported).isEmpty();
        }
    }

    @Test
    void aDocumentOverTheLimitIsReportedOnceAndNotSent() throws Exception {
        try (FakeXRayDaemon daemon = FakeXRayDaemon.start()) {
            DaemonEmitter emitter = emitterTo(daemon);
            SubsegmentImpl huge = subsegment("huge");
            huge.putMetadata("payload", "x".repeat(XRayLimits.MAX_SEGMENT_DOCUMENT_BYTES));

            assertThat(emitter.sendSubsegment(huge)).isFalse();
            assertThat(emitter.sendSubsegment(huge)).isFalse();
            assertThat(emitter.sendSubsegment(subsegment("after"))).isTrue();

            assertThat(daemon.awaitDocuments(1, Duration.ofSeconds(5)))
                    .extracting(document -> document.path("name").asText()).containsExactly("after");
            assertThat(reported).singleElement().asString().contains("'huge'", "byte limit");
        }
    }

    private DaemonEmitter emitterTo(FakeXRayDaemon daemon) throws Exception {
        return new DaemonEmitter(new InetSocketAddress("127.0.0.1", daemon.port()), Diagnostics.to(reported::add));
    }

    private SubsegmentImpl subsegment(String name) {
        SubsegmentImpl subsegment = new SubsegmentImpl(recorder, name, segment);
        subsegment.setParent(segment);
        subsegment.setEndTime(subsegment.getStartTime() + 0.01);
        subsegment.setInProgress(false);
        return subsegment;
    }
}
