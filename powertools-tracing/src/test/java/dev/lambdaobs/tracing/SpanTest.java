package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.TraceHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpanTest {
    private final TracingFixture fixture = new TracingFixture();
    private final Tracer tracer = fixture.tracer;
    private final Observability observability = fixture.observability();

    @AfterEach
    void close() {
        fixture.close();
    }

    private <T> T invoke(dev.lambdaobs.core.pipeline.ThrowingSupplier<T, RuntimeException> body) {
        return observability.call("event", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), body);
    }

    @Test
    void blocksNestInTheCurrentSpanWithTheirOwnAnnotationsAndMetadata() {
        invoke(() -> tracer.trace("## loadOrder", () -> {
            tracer.currentSpan().annotate("order_id", "o-7").annotate("items", 3).metadata("order", Map.of("total", 42));
            return tracer.trace("## priceOrder", () -> 42);
        }));

        JsonNode handler = fixture.onlyDocument();
        JsonNode load = handler.path("subsegments").get(0);
        assertThat(load.path("name").asText()).isEqualTo("## loadOrder");
        assertThat(load.path("annotations").path("order_id").asText()).isEqualTo("o-7");
        assertThat(load.path("annotations").path("items").asInt()).isEqualTo(3);
        assertThat(load.path("metadata").path("orders").path("order").path("total").asInt()).isEqualTo(42);
        assertThat(load.path("subsegments").get(0).path("name").asText()).isEqualTo("## priceOrder");
        assertThat(load.path("end_time").asDouble()).isGreaterThanOrEqualTo(load.path("start_time").asDouble());
        assertThat(handler.path("end_time").asDouble()).isGreaterThanOrEqualTo(load.path("end_time").asDouble());
    }

    @Test
    void anErrorInABlockFaultsThatSpanAndTheHandlerSpanReferencesTheSameException() {
        IllegalStateException failure = new IllegalStateException("stock gone");
        assertThatThrownBy(() -> invoke(() -> tracer.trace("## reserve", () -> {
            throw failure;
        }))).isSameAs(failure);

        JsonNode handler = fixture.onlyDocument();
        JsonNode reserve = handler.path("subsegments").get(0);
        JsonNode recorded = reserve.path("cause").path("exceptions").get(0);
        assertThat(reserve.path("fault").asBoolean()).isTrue();
        assertThat(recorded.path("message").asText()).isEqualTo("stock gone");
        assertThat(handler.path("fault").asBoolean()).isTrue();
        // X-Ray's form for "the exception recorded in that subsegment": the cause is its id.
        assertThat(handler.path("cause").asText()).isEqualTo(recorded.path("id").asText());
    }

    @Test
    void explicitSpansEndInTryWithResourcesAndRestoreTheirParent() {
        invoke(() -> {
            try (Span span = tracer.startSpan("charge card")) {
                span.annotate("paid", true);
            }
            tracer.currentSpan().annotate("after", "handler again");
            return null;
        });
        JsonNode handler = fixture.onlyDocument();
        assertThat(handler.path("annotations").path("after").asText()).isEqualTo("handler again");
        assertThat(handler.path("subsegments").get(0).path("annotations").path("paid").asBoolean()).isTrue();
    }

    @Test
    void invalidAnnotationKeysAreSanitizedWithOneWarning() {
        invoke(() -> tracer.currentSpan().annotate("order-id", "o-1").annotate("customer id", "c-1")
                .annotate("tenant.name", "t"));
        JsonNode annotations = fixture.onlyDocument().path("annotations");
        assertThat(annotations.path("order_id").asText()).isEqualTo("o-1");
        assertThat(annotations.path("customer_id").asText()).isEqualTo("c-1");
        assertThat(annotations.path("tenant_name").asText()).isEqualTo("t");
        assertThat(fixture.warnings).hasSize(1);
        assertThat(fixture.warnings.get(0)).contains("'order-id'", "'order_id'");
    }

    @Test
    void overlongSpanNamesAndAnnotationValuesAreCutToXRaysLimits() {
        invoke(() -> tracer.trace("lambda$handle$0 " + "n".repeat(300), () -> tracer.currentSpan()
                .annotate("note", "v".repeat(1_500))));
        JsonNode child = fixture.onlyDocument().path("subsegments").get(0);
        assertThat(child.path("name").asText()).startsWith("lambda_handle_0 n").hasSize(200);
        assertThat(child.path("annotations").path("note").asText()).hasSize(1_000);
        assertThat(fixture.warnings).singleElement().asString().contains("1500 characters");
    }

    @Test
    void annotationsBeyondTheFiftyXRayIndexesAreKeptAsMetadataWithOneWarning() {
        invoke(() -> {
            Span span = tracer.currentSpan();
            for (int i = 0; i < 60; i++) {
                span.annotate("key_" + i, i);
            }
            return null;
        });
        JsonNode doc = fixture.onlyDocument();
        // ColdStart and Service come first: 48 of ours are indexed, 12 are metadata.
        assertThat(doc.path("annotations").size()).isEqualTo(50);
        assertThat(doc.path("metadata").path("orders").path("key_59").asInt()).isEqualTo(59);
        assertThat(doc.path("annotations").has("key_59")).isFalse();
        assertThat(fixture.warnings).singleElement().asString().contains("50 annotations");
    }

    @Test
    void metadataTooLargeForTheDocumentIsTruncatedWithAMarkerAndTheDocumentIsStillSent() {
        String huge = "x".repeat(100_000);
        invoke(() -> {
            tracer.currentSpan().metadata("payload", Map.of("body", huge)).metadata("small", "kept");
            return "ok";
        });

        List<String> raw = fixture.daemon.awaitDocuments(1, TracingFixture.WAIT).stream().map(JsonNode::toString).toList();
        JsonNode doc = fixture.onlyDocument();
        JsonNode marker = doc.path("metadata").path("orders").path("payload");
        assertThat(marker.path("truncated").asBoolean()).isTrue();
        assertThat(marker.path("original_bytes").asInt()).isGreaterThan(100_000);
        assertThat(marker.path("limit_bytes").asInt()).isEqualTo(65_536);
        assertThat(marker.path("preview").asText()).startsWith("{\"body\":\"xxxx");
        assertThat(doc.path("metadata").path("orders").path("small").asText()).isEqualTo("kept");
        assertThat(raw.get(0).length()).isLessThan(64 * 1024);
        assertThat(fixture.warnings).singleElement().asString().contains("payload", "truncated");
    }

    @Test
    void metadataThatCannotBeSerializedBecomesAMarkerAndTheRestOfTheDocumentSurvives() {
        Object hostile = new Object() {
            public String getValue() {
                throw new IllegalStateException("getter exploded");
            }
        };
        invoke(() -> tracer.currentSpan().metadata("hostile", hostile).annotate("survived", true));
        JsonNode doc = fixture.onlyDocument();
        assertThat(doc.path("metadata").path("orders").path("hostile").path("reason").asText()).contains("getter exploded");
        assertThat(doc.path("annotations").path("survived").asBoolean()).isTrue();
    }

    @Test
    void outsideAnInvocationSpansAreNoOpsWithOneWarning() {
        String result = tracer.trace("## init", () -> {
            tracer.currentSpan().annotate("k", "v");
            return "ran";
        });
        tracer.trace("## again", () -> "ran");
        assertThat(result).isEqualTo("ran");
        assertThat(fixture.warnings).singleElement().asString().contains("no X-Ray trace header");
    }
}
