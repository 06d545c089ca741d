package dev.lambdaobs.tracing.woven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.TraceHeaders;
import dev.lambdaobs.tracing.CaptureMode;
import dev.lambdaobs.tracing.Traced;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.Tracers;
import dev.lambdaobs.tracing.TracingConfig;
import dev.lambdaobs.tracing.TracingStep;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The annotations, woven at build time, give the documents the functional core gives. */
class WovenTracingTest {
    private final PlaceOrderHandler handler = new PlaceOrderHandler();

    @BeforeEach
    void clear() {
        WovenConfiguration.DAEMON.clear();
    }

    private static List<JsonNode> documents(int count) {
        List<JsonNode> documents = WovenConfiguration.DAEMON.awaitDocuments(count, Duration.ofSeconds(5));
        documents.forEach(dev.lambdaobs.tracing.SchemaCheck::assertValid);
        return documents;
    }

    @Test
    void anAnnotatedHandlerOpensTheInvocationSpanAndAnnotatedMethodsNestInIt() {
        String header = TraceHeaders.sampled();
        String result = handler.handleRequest(Map.of("id", "o-42"), FakeContext.builder().xrayTraceId(header).build());

        assertThat(result).isEqualTo("placed o-42 at 8");
        JsonNode doc = documents(1).get(0);
        assertThat(doc.path("name").asText()).isEqualTo("## handleRequest");
        assertThat(doc.path("trace_id").asText()).isEqualTo(TraceHeader.parse(header).orElseThrow().root());
        assertThat(doc.path("annotations").path("ColdStart").isBoolean()).isTrue();
        assertThat(doc.path("annotations").path("Service").asText()).isEqualTo("shop");
        assertThat(doc.path("metadata").path("shop").path("handleRequest response").asText()).isEqualTo("placed o-42 at 8");
        JsonNode price = doc.path("subsegments").get(0);
        assertThat(price.path("name").asText()).isEqualTo("## price");
        assertThat(price.has("metadata")).as("ERROR capture mode records no response").isFalse();
        JsonNode lookup = price.path("subsegments").get(0);
        assertThat(lookup.path("name").asText()).isEqualTo("## lookup");
        assertThat(lookup.path("metadata").path("pricing").path("lookup response").asInt()).isEqualTo(4);
    }

    @Test
    void aFailingAnnotatedHandlerRecordsTheFaultAndRethrowsUnchanged() {
        assertThatThrownBy(() -> handler.handleRequest(Map.of("id", "o-9", "refuse", "yes"),
                FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build()))
                .isInstanceOf(IllegalStateException.class).hasMessage("payment refused for o-9");

        JsonNode doc = documents(1).get(0);
        assertThat(doc.path("fault").asBoolean()).isTrue();
        assertThat(doc.path("cause").path("exceptions").get(0).path("message").asText()).isEqualTo("payment refused for o-9");
        assertThat(doc.path("metadata").path("shop").path("handleRequest error").path("type").asText())
                .isEqualTo(IllegalStateException.class.getName());
    }

    @Test
    void theFunctionalCoreGivesTheSameDocumentAsTheAnnotations() {
        handler.handleRequest(Map.of("id", "o-1"), FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build());
        String woven = shape(documents(1).get(0));
        WovenConfiguration.DAEMON.clear();

        PowertoolsConfig config = new WovenConfiguration().config();
        TracingConfig tracing = TracingConfig.from(config);
        Tracer tracer = Tracers.xray(tracing);
        Traced lookup = Traced.span(tracer, tracing, "## lookup").namespace("pricing");
        Traced price = Traced.span(tracer, tracing, "## price").captureMode(CaptureMode.ERROR);
        RequestHandler<Map<String, String>, String> functional = Observability.builder().config(config)
                .step(TracingStep.builder(tracing).tracer(tracer).build()).build()
                .decorate((order, context) -> "placed " + price.call(() -> lookup.call(() -> 2) * 2));
        functional.handleRequest(Map.of("id", "o-1"), FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build());

        assertThat(shape(documents(1).get(0))).isEqualTo(woven);
    }

    /** Names, nesting, annotation and metadata keys of a document: what must not depend on weaving. */
    private static String shape(JsonNode doc) {
        StringBuilder out = new StringBuilder(doc.path("name").asText());
        out.append(" annotations").append(fieldNames(doc.path("annotations")));
        doc.path("metadata").fields().forEachRemaining(ns -> out.append(" metadata.").append(ns.getKey())
                .append(fieldNames(ns.getValue())));
        doc.path("subsegments").forEach(child -> out.append(" [").append(shape(child)).append(']'));
        return out.toString();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        java.util.Collections.sort(names);
        return names;
    }

    @Test
    void anAnnotatedMethodCalledOutsideAnyInvocationJustRuns() {
        assertThat(new Pricing().price("abc")).isEqualTo(6);
        assertThat(WovenConfiguration.WARNINGS).filteredOn(w -> w.contains("no X-Ray trace header")).hasSizeLessThanOrEqualTo(1);
        handler.handleRequest(Map.of("id", "sentinel"), FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build());
        assertThat(documents(1)).singleElement().extracting(doc -> doc.path("subsegments").get(0).path("name").asText())
                .isEqualTo("## price");
    }
}
