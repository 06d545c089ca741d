package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.TraceHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tracing step on the OpenTelemetry backend: real SDK, real UDP to a daemon stand-in on 127.0.0.1. */
class OtelTracingStepTest {
    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:create-order:live";
    private final TracingFixture fixture = TracingFixture.otel();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theHandlerSpanJoinsLambdasTraceWithFaasAttributesAnnotationsAndResponse() {
        String header = TraceHeaders.sampled();
        TraceHeader parsed = TraceHeader.parse(header).orElseThrow();
        Observability observability = fixture.observability();

        Object response = observability.call("event", FakeContext.builder().xrayTraceId(header)
                .requestId("req-1").functionArn(ARN).build(), () -> Map.of("order_id", "o-1"));

        assertThat(response).isEqualTo(Map.of("order_id", "o-1"));
        ReceivedSpan span = fixture.spans(1).get(0);
        assertThat(span.name()).isEqualTo("## handleRequest");
        assertThat(span.xrayTraceId()).isEqualTo(parsed.root());
        assertThat(span.traceId()).isEqualTo(parsed.root().substring(2).replace("-", ""));
        assertThat(span.parentSpanId()).isEqualTo(parsed.parent().orElseThrow());
        assertThat(span.sampled()).isTrue();
        assertThat(span.attributes()).containsEntry("ColdStart", true).containsEntry("Service", "orders")
                .containsEntry("faas.coldstart", true).containsEntry("faas.invocation_id", "req-1")
                .containsEntry("cloud.resource_id", ARN)
                .containsEntry("orders.handleRequest response", "{\"order_id\":\"o-1\"}");
        assertThat(span.annotationKeys()).containsExactly("ColdStart", "Service");
        assertThat(span.resource()).containsEntry("service.name", "orders").containsEntry("cloud.provider", "aws")
                .containsEntry("cloud.region", "us-east-1").containsEntry("faas.name", "create-order");
        assertThat(span.statusCode()).isEqualTo("STATUS_CODE_UNSET");
        assertThat(fixture.daemon.rawDatagrams()).singleElement()
                .satisfies(datagram -> assertThat(datagram).startsWith("{\"format\":\"json\",\"version\":1}\nT1S"));
        assertThat(fixture.warnings).isEmpty();
    }

    @Test
    void aNamespaceTakesTheCapturedResponseAndErrorOutOfTheServicesNamespace() {
        Observability observability = fixture.observability(step -> step.namespace("payments"));
        observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> Map.of("id", "o-2"));
        assertThatThrownBy(() -> observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                () -> {
                    throw new IllegalStateException("declined");
                })).hasMessage("declined");

        List<ReceivedSpan> spans = fixture.spans(2);
        assertThat(spans).anySatisfy(span -> assertThat(span.attributes())
                .containsEntry("payments.handleRequest response", "{\"id\":\"o-2\"}"));
        assertThat(spans).anySatisfy(span -> assertThat(String.valueOf(span.attributes().get("payments.handleRequest error")))
                .contains("declined"));
        assertThat(spans).allSatisfy(span -> assertThat(span.attributes().keySet()).noneMatch(k -> k.startsWith("orders.")));
    }

    @Test
    void nestedSpansAndTheCorrelationIdFollowTheInvocation() {
        Observability observability = fixture.observability();
        observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> {
            dev.lambdaobs.core.invocation.Invocation.current().orElseThrow().correlationId("c-7");
            return fixture.tracer.trace("## charge", () -> fixture.tracer.trace("## card", () -> {
                fixture.tracer.currentSpan().annotate("order_id", "o-7").metadata("payment", Map.of("amount", 42));
                return "ok";
            }));
        });

        List<ReceivedSpan> spans = fixture.spans(3);
        ReceivedSpan handler = named(spans, "## handleRequest");
        ReceivedSpan charge = named(spans, "## charge");
        ReceivedSpan card = named(spans, "## card");
        assertThat(charge.parentSpanId()).isEqualTo(handler.spanId());
        assertThat(card.parentSpanId()).isEqualTo(charge.spanId());
        assertThat(card.attributes()).containsEntry("order_id", "o-7").containsEntry("orders.payment", "{\"amount\":42}");
        assertThat(card.annotationKeys()).containsExactly("order_id");
        assertThat(handler.attributes()).containsEntry("correlation_id", "c-7");
        assertThat(spans).extracting(ReceivedSpan::traceId).containsOnly(handler.traceId());
        assertThat(fixture.daemon.rawDatagrams()).as("one invocation, one datagram").hasSize(1);
    }

    @Test
    void anErrorIsAnExceptionEventWithStatusErrorAndIsRethrownUnchanged() {
        IllegalStateException failure = new IllegalStateException("card declined");
        Observability observability = fixture.observability();

        assertThatThrownBy(() -> observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                () -> {
                    throw failure;
                })).isSameAs(failure);

        ReceivedSpan span = fixture.spans(1).get(0);
        assertThat(span.statusCode()).isEqualTo("STATUS_CODE_ERROR");
        assertThat(span.events()).singleElement().satisfies(event -> {
            assertThat(event.name()).isEqualTo("exception");
            assertThat(event.attributes()).containsEntry("exception.type", IllegalStateException.class.getName())
                    .containsEntry("exception.message", "card declined");
            assertThat((String) event.attributes().get("exception.stacktrace")).contains("OtelTracingStepTest");
        });
        assertThat((String) span.attributes().get("orders.handleRequest error"))
                .startsWith("{\"type\":\"java.lang.IllegalStateException\",\"message\":\"card declined\",\"stack\":[");
    }

    @Test
    void captureModeDisabledRecordsNeitherResponseNorErrorButStillTheFault() {
        Observability observability = fixture.observability(step -> step.captureMode(CaptureMode.DISABLED));
        observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> "secret");
        assertThatThrownBy(() -> observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                () -> {
                    throw new IllegalArgumentException("secret");
                })).hasMessage("secret");

        List<ReceivedSpan> spans = fixture.spans(2);
        assertThat(spans).allSatisfy(span -> assertThat(span.attributes().keySet()).noneMatch(k -> k.startsWith("orders.")));
        assertThat(spans).extracting(ReceivedSpan::statusCode).containsExactlyInAnyOrder("STATUS_CODE_UNSET", "STATUS_CODE_ERROR");
        assertThat(spans).allSatisfy(span -> assertThat(span.events()).isEmpty());
    }

    @Test
    void anUnsampledInvocationSendsNothingAndPassesItsDecisionAndLineageDownstream() {
        String header = TraceHeaders.notSampled();
        TraceHeader parsed = TraceHeader.parse(header).orElseThrow();
        String[] downstream = new String[1];

        Object response = fixture.observability().call("e", FakeContext.builder().xrayTraceId(header).build(), () -> {
            downstream[0] = fixture.tracer.downstreamTraceHeader().orElseThrow();
            return fixture.tracer.trace("## inner", () -> "ok");
        });
        fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> "sentinel");

        assertThat(response).isEqualTo("ok");
        assertThat(downstream[0]).isEqualTo("Root=" + parsed.root() + ";Parent=" + parsed.parent().orElseThrow()
                + ";Sampled=0;Lineage=a87bd80c:1");
        assertThat(fixture.spans(1)).singleElement().extracting(ReceivedSpan::xrayTraceId).isNotEqualTo(parsed.root());
        assertThat(fixture.daemon.rawDatagrams()).hasSize(1).noneMatch(d -> d.contains("\nT1U"));
    }

    @Test
    void theDownstreamHeaderNamesTheCurrentSpanAndKeepsLineage() {
        String header = TraceHeaders.sampled();
        TraceHeader parsed = TraceHeader.parse(header).orElseThrow();
        String[] downstream = new String[1];
        fixture.observability().call("e", FakeContext.builder().xrayTraceId(header).build(),
                () -> fixture.tracer.trace("## call", () -> downstream[0] = fixture.tracer.downstreamTraceHeader().orElseThrow()));

        ReceivedSpan call = named(fixture.spans(2), "## call");
        assertThat(downstream[0]).isEqualTo("Root=" + parsed.root() + ";Parent=" + call.spanId() + ";Sampled=1;Lineage=a87bd80c:1");
    }

    @Test
    void metadataIsJsonWithoutDatabindAndAThrowingValueCostsOnlyItsEntry() {
        Object throwing = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("boom");
            }
        };
        record Line(String sku, int quantity) {
        }
        fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> {
            fixture.tracer.currentSpan().metadata("lines", List.of(new Line("s-1", 2)))
                    .metadata("audit", "bad", throwing)
                    .metadata("text", "quote \" and \n newline");
            return "ok";
        });

        ReceivedSpan span = fixture.spans(1).get(0);
        assertThat(span.attributes()).containsEntry("orders.lines", "[{\"sku\":\"s-1\",\"quantity\":2}]")
                .containsEntry("orders.text", "\"quote \\\" and \\n newline\"")
                .containsEntry("audit.bad", "{\"unserializable\":\"" + throwing.getClass().getName()
                        + "\",\"reason\":\"java.lang.IllegalStateException: boom\"}");
    }

    static ReceivedSpan named(List<ReceivedSpan> spans, String name) {
        return spans.stream().filter(span -> span.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span named " + name + " in " + spans));
    }
}
