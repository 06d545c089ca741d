package dev.lambdaobs.tracing.xray;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.entities.SegmentImpl;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.entities.SubsegmentImpl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Our subsegment document against the one the X-Ray SDK's own mapper writes for the same entity. */
class SubsegmentDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] HEADER = "{\"format\":\"json\",\"version\":1}\n".getBytes(StandardCharsets.UTF_8);

    private final AWSXRayRecorder recorder = AWSXRayRecorderBuilder.standard().build();
    private final SegmentImpl segment = new SegmentImpl(recorder, "create-order");

    @Test
    void aPlainSubsegmentIsTheSdksDocument() throws Exception {
        SubsegmentImpl span = subsegment("## handleRequest");
        span.putAnnotation("ColdStart", true);
        span.putAnnotation("Service", "orders");
        span.setEndTime(span.getStartTime() + 0.25);
        span.setInProgress(false);

        assertSameAsSdk(span);
    }

    @Test
    void everyMemberIsTheSdksDocument() throws Exception {
        SubsegmentImpl span = subsegment("## handleRequest");
        span.putAnnotation("order_count", 3);
        span.putAnnotation("ratio", 0.5);
        span.putMetadata("orders", "response", JSON.valueToTree(Map.of("items", List.of(1, 2), "note", "\"quoted\"")));
        span.putMetadata("plain", 42L);
        span.setNamespace("aws");
        span.putAws("operation", "GetItem");
        span.putAws("table_names", List.of("orders", "stock"));
        span.putAws("consumed", new BigDecimal("1.50"));
        span.putHttp("response", Map.of("status", 200, "content_length", 12));
        span.putSql("url", "jdbc:postgresql://db/orders");
        span.setPrecursorIds(Set.of("53995c3f42cd8ad8"));
        span.setError(true);
        span.setThrottle(true);

        SubsegmentImpl child = subsegment("## price");
        child.setParent(span);
        span.addSubsegment(child);
        IllegalStateException failure = new IllegalStateException("boom", new RuntimeException("root cause"));
        child.addException(failure);
        child.setEndTime(child.getStartTime() + 0.1);
        child.setInProgress(false);
        // The same exception reaching the parent is recorded there as a reference to the child's.
        span.addException(failure);
        span.setEndTime(span.getStartTime() + 0.5);
        span.setInProgress(false);

        assertSameAsSdk(span);
        assertThat(ours(span).path("cause").isTextual()).as("cause written as the child's exception id").isTrue();
    }

    @Test
    void anInProgressSubsegmentWithEmptyMapEntriesIsTheSdksDocument() throws Exception {
        SubsegmentImpl span = subsegment("open");
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("absent", null);
        nested.put("blank", "");
        nested.put("none", List.of());
        nested.put("listWithNull", Arrays.asList("x", null));
        nested.put("array", new Object[] {"a", 1, false});
        span.putAws("nested", nested);

        assertSameAsSdk(span);
    }

    @Test
    void aValueOnlyTheSdkKnowsHowToWriteIsLeftToTheSdk() {
        SubsegmentImpl span = subsegment("custom");
        span.putAws("client", new Object());

        assertThat(SubsegmentDocument.write(span, HEADER, DocumentBuffer.forThisThread())).isFalse();
    }

    private SubsegmentImpl subsegment(String name) {
        SubsegmentImpl subsegment = new SubsegmentImpl(recorder, name, segment);
        subsegment.setParent(segment);
        return subsegment;
    }

    private static void assertSameAsSdk(Subsegment subsegment) throws Exception {
        assertThat(ours(subsegment)).isEqualTo(JSON.readTree(subsegment.streamSerialize()));
    }

    private static JsonNode ours(Subsegment subsegment) throws Exception {
        DocumentBuffer out = DocumentBuffer.forThisThread();
        assertThat(SubsegmentDocument.write(subsegment, HEADER, out)).as("our document").isTrue();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith(new String(HEADER, StandardCharsets.UTF_8));
        return JSON.readTree(text.substring(HEADER.length));
    }
}
