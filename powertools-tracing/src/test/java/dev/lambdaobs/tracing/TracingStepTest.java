package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.core.pipeline.StepScope;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.SystemPropertyOverride;
import dev.lambdaobs.test.TraceHeaders;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TracingStepTest {
    private final TracingFixture fixture = new TracingFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void handlerRunsInASubsegmentOfLambdasSegmentWithColdStartServiceAndResponse() {
        String header = TraceHeaders.sampled();
        TraceHeader parsed = TraceHeader.parse(header).orElseThrow();
        Observability observability = fixture.observability();

        Object response = observability.call("event", FakeContext.builder().xrayTraceId(header).build(),
                () -> Map.of("order_id", "o-1"));

        assertThat(response).isEqualTo(Map.of("order_id", "o-1"));
        JsonNode doc = fixture.onlyDocument();
        assertThat(doc.path("name").asText()).isEqualTo("## handleRequest");
        assertThat(doc.path("type").asText()).isEqualTo("subsegment");
        assertThat(doc.path("trace_id").asText()).isEqualTo(parsed.root());
        assertThat(doc.path("parent_id").asText()).isEqualTo(parsed.parent().orElseThrow());
        assertThat(doc.path("annotations").path("ColdStart").isBoolean()).isTrue();
        assertThat(doc.path("annotations").path("ColdStart").asBoolean()).isTrue();
        assertThat(doc.path("annotations").path("Service").asText()).isEqualTo("orders");
        assertThat(doc.path("metadata").path("orders").path("handleRequest response").path("order_id").asText())
                .isEqualTo("o-1");
        assertThat(doc.has("fault")).isFalse();
        assertThat(fixture.warnings).isEmpty();
    }

    @Test
    void onlyTheFirstInvocationIsTheColdStart() {
        Observability observability = fixture.observability();
        for (int i = 0; i < 2; i++) {
            observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> "ok");
        }
        assertThat(fixture.documents(2)).extracting(doc -> doc.path("annotations").path("ColdStart").asBoolean())
                .containsExactly(true, false);
    }

    @Test
    void anErrorMarksTheFaultWithTheExceptionAndItsStackAndIsRethrownUnchanged() {
        IllegalStateException failure = new IllegalStateException("card declined");
        Observability observability = fixture.observability();

        assertThatThrownBy(() -> observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                () -> {
                    throw failure;
                })).isSameAs(failure);

        JsonNode doc = fixture.onlyDocument();
        assertThat(doc.path("fault").asBoolean()).isTrue();
        JsonNode exception = doc.path("cause").path("exceptions").get(0);
        assertThat(exception.path("type").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(exception.path("message").asText()).isEqualTo("card declined");
        assertThat(exception.path("stack").size()).isPositive();
        JsonNode top = exception.path("stack").get(0);
        assertThat(top.path("label").asText()).endsWith("anErrorMarksTheFaultWithTheExceptionAndItsStackAndIsRethrownUnchanged");
        assertThat(top.path("path").asText()).isEqualTo("TracingStepTest.java");
        assertThat(top.path("line").asInt()).isPositive();
        JsonNode error = doc.path("metadata").path("orders").path("handleRequest error");
        assertThat(error.path("type").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(error.path("message").asText()).isEqualTo("card declined");
        assertThat(doc.path("metadata").path("orders").has("handleRequest response")).isFalse();
    }

    @Test
    void captureModeDisabledRecordsNeitherResponseNorErrorButStillTheFault() {
        Observability observability = fixture.observability(step -> step.captureMode(CaptureMode.DISABLED));
        observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> "secret");
        assertThatThrownBy(() -> observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                () -> {
                    throw new IllegalArgumentException("secret too");
                })).hasMessage("secret too");

        for (JsonNode doc : fixture.documents(2)) {
            assertThat(doc.has("metadata")).as("metadata of %s", doc).isFalse();
            assertThat(doc.has("cause")).isFalse();
        }
        assertThat(fixture.documents(2)).extracting(doc -> doc.path("fault").asBoolean()).containsExactlyInAnyOrder(false, true);
    }

    @Test
    void environmentVariablesTurnResponseCaptureOff() {
        try (TracingFixture quiet = new TracingFixture(env -> env.set("POWERTOOLS_TRACER_CAPTURE_RESPONSE", "false"))) {
            quiet.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> "r");
            JsonNode doc = quiet.onlyDocument();
            assertThat(doc.path("metadata").path("orders").has("handleRequest response")).isFalse();
            assertThat(doc.path("annotations").path("Service").asText()).isEqualTo("orders");
        }
    }

    @Test
    void theSegmentNameIsConfigurable() {
        fixture.observability(step -> step.segmentName("## placeOrder"))
                .call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> 1);
        JsonNode doc = fixture.onlyDocument();
        assertThat(doc.path("name").asText()).isEqualTo("## placeOrder");
        assertThat(doc.path("metadata").path("orders").path("placeOrder response").asInt()).isEqualTo(1);
    }

    @Test
    void aNamespaceTakesTheCapturedResponseAndErrorOutOfTheServicesNamespace() {
        Observability observability = fixture.observability(step -> step.namespace("payments"));
        observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> 7);
        JsonNode success = fixture.onlyDocument();
        assertThat(success.path("metadata").path("payments").path("handleRequest response").asInt()).isEqualTo(7);
        assertThat(success.path("metadata").has("orders")).isFalse();
        fixture.daemon.clear();

        assertThatThrownBy(() -> observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                () -> {
                    throw new IllegalStateException("declined");
                })).hasMessage("declined");
        JsonNode failure = fixture.onlyDocument();
        assertThat(failure.path("metadata").path("payments").path("handleRequest error").path("message").asText())
                .isEqualTo("declined");
        assertThat(failure.path("fault").asBoolean()).isTrue();
    }

    @Test
    void aTracedCallTakesANamespaceToo() {
        fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                () -> Traced.span(fixture.tracer, fixture.tracingConfig, "## price").namespace("pricing").call(() -> 4));
        JsonNode price = fixture.onlyDocument().path("subsegments").get(0);
        assertThat(price.path("metadata").path("pricing").path("price response").asInt()).isEqualTo(4);
    }

    @Test
    void theTraceHeaderComesFromTheSystemPropertyOfTheJava17RuntimesWhenTheContextHasNone() {
        String header = TraceHeaders.sampled();
        try (SystemPropertyOverride ignored = SystemPropertyOverride.set("com.amazonaws.xray.traceHeader", header)) {
            fixture.observability().call("e", FakeContext.create(), () -> "ok");
        }
        assertThat(fixture.onlyDocument().path("trace_id").asText())
                .isEqualTo(TraceHeader.parse(header).orElseThrow().root());
    }

    @Test
    void theCorrelationIdBecomesAnAnnotationWhicheverStepSetsItFirstOrLast() {
        Observability tracingFirst = Observability.builder().config(fixture.config)
                .step(TracingStep.builder(fixture.tracingConfig).tracer(fixture.tracer).build())
                .step(invocation -> {
                    invocation.correlationId("corr-after");
                    return StepScope.NONE;
                })
                .build();
        Observability tracingLast = Observability.builder().config(fixture.config)
                .step(invocation -> {
                    invocation.correlationId("corr-before");
                    return StepScope.NONE;
                })
                .step(TracingStep.builder(fixture.tracingConfig).tracer(fixture.tracer).build())
                .build();

        tracingFirst.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> "a");
        tracingLast.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> "b");

        assertThat(fixture.documents(2)).extracting(doc -> doc.path("annotations").path("correlation_id").asText())
                .containsExactlyInAnyOrder("corr-after", "corr-before");
    }

    @Test
    void anUnsampledInvocationSendsNothingAndTheHandlerIsUnaffected() {
        Observability observability = fixture.observability();
        Object unsampled = observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.notSampled()).build(),
                () -> "not traced");
        observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> "traced");

        assertThat(unsampled).isEqualTo("not traced");
        JsonNode only = fixture.onlyDocument();
        assertThat(only.path("metadata").path("orders").path("handleRequest response").asText()).isEqualTo("traced");
    }
}
