package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.core.pipeline.StepScope;
import dev.lambdaobs.core.snapstart.RandomSource;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.TraceHeaders;
import dev.lambdaobs.test.crac.Core;
import dev.lambdaobs.tracing.otel.OtelTracing;
import dev.lambdaobs.tracing.xray.XRayTracing;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** SnapStart on both backends: the hooks registered through org.crac, played by the test kit's simulated CRaC JVM. */
class SnapStartPrimingTest {
    /** The trace header the priming invocation carries (core's PrimingContext). */
    private static final String PRIMING_ROOT = "1-00000000-000000000000000000000001";

    @Test
    void openTelemetryPrimingSendsNoDatagramAndTheFirstRealInvocationIsTheColdStart() throws Exception {
        try (TracingFixture fixture = TracingFixture.otel(env -> env.set("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"))) {
            List<Boolean> priming = new CopyOnWriteArrayList<>();
            Observability observability = primed(fixture, priming);

            Core.getGlobalContext().beforeCheckpoint(null);
            Core.getGlobalContext().afterRestore(null);
            String header = TraceHeaders.sampled();
            observability.call("event", FakeContext.builder().xrayTraceId(header).build(), () -> "ok");

            assertThat(priming).as("two priming invocations, then the real one").containsExactly(true, true, false);
            ReceivedSpan span = fixture.spans(1).get(0);
            assertThat(span.xrayTraceId()).isEqualTo(header.substring(5, header.indexOf(';')));
            assertThat(span.attributes()).containsEntry("ColdStart", true);
            assertThat(fixture.daemon.rawDatagrams()).as("only the real invocation's datagram").hasSize(1);
            assertThat(fixture.warnings).isEmpty();
        }
    }

    @Test
    void xraySdkPrimingSendsNoDocumentAndTheFirstRealInvocationIsTheColdStart() throws Exception {
        try (TracingFixture fixture = new TracingFixture(env -> env.set("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"))) {
            List<Boolean> priming = new CopyOnWriteArrayList<>();
            Observability observability = primed(fixture, priming);

            Core.getGlobalContext().beforeCheckpoint(null);
            Core.getGlobalContext().afterRestore(null);
            String header = TraceHeaders.sampled();
            observability.call("event", FakeContext.builder().xrayTraceId(header).build(), () -> "ok");

            assertThat(priming).as("two priming invocations, then the real one").containsExactly(true, true, false);
            JsonNode document = fixture.onlyDocument();
            assertThat(document.path("trace_id").asText()).isEqualTo(header.substring(5, header.indexOf(';')));
            assertThat(document.path("annotations").path("ColdStart").asBoolean()).isTrue();
            assertThat(fixture.daemon.rawDocuments()).noneMatch(raw -> raw.contains(PRIMING_ROOT));
            assertThat(fixture.warnings).isEmpty();
        }
    }

    @Test
    void environmentsRestoredFromOneSnapshotGiveDifferentOpenTelemetrySpanIds() throws Exception {
        assertThat(otelSpanIds(false)).as("without the hook, every restored environment draws the same ids")
                .isEqualTo(otelSpanIds(false));
        assertThat(otelSpanIds(true)).doesNotContainAnyElementsOf(otelSpanIds(true));
    }

    @Test
    void environmentsRestoredFromOneSnapshotGiveDifferentXRaySubsegmentIds() throws Exception {
        try (TracingFixture fixture = new TracingFixture()) {
            List<String> first = xraySubsegmentIds(fixture, false);
            assertThat(xraySubsegmentIds(fixture, false)).as("without the hook, every restored environment draws the same ids")
                    .isEqualTo(first);
            List<String> restored = xraySubsegmentIds(fixture, true);
            assertThat(xraySubsegmentIds(fixture, true)).doesNotContainAnyElementsOf(restored);
        }
    }

    private static Observability primed(TracingFixture fixture, List<Boolean> priming) {
        return Observability.builder().config(fixture.config).coldStart(ColdStart.newEnvironment())
                .step(invocation -> {
                    priming.add(invocation.priming());
                    return StepScope.NONE;
                })
                .step(TracingStep.builder(fixture.tracingConfig).tracer(fixture.tracer).build())
                .snapStartPriming().snapStartPrimingRounds(1).build();
    }

    /** Three invocations' span ids in an environment restored from a snapshot whose random state is seed 42. */
    private static List<String> otelSpanIds(boolean restoreHookRuns) throws Exception {
        try (TracingFixture fixture = TracingFixture.otel()) {
            InMemorySpanExporter exporter = InMemorySpanExporter.create();
            List<String> ids = invoke(fixture, restoreHookRuns,
                    random -> OtelTracing.tracer(fixture.tracingConfig, TraceHeaderLookup.system(), exporter, random));
            assertThat(ids).isEmpty();
            return exporter.getFinishedSpanItems().stream().map(SpanData::getSpanId).toList();
        }
    }

    private static List<String> xraySubsegmentIds(TracingFixture fixture, boolean restoreHookRuns) throws Exception {
        fixture.daemon.clear();
        invoke(fixture, restoreHookRuns, random -> XRayTracing.tracer(fixture.tracingConfig, TraceHeaderLookup.system(), random));
        return fixture.documents(3).stream().map(document -> document.path("id").asText()).toList();
    }

    private static List<String> invoke(TracingFixture fixture, boolean restoreHookRuns,
                                       Function<RandomSource, Tracer> tracerFor) throws Exception {
        ColdStart environment = ColdStart.newEnvironment();
        Tracer tracer = tracerFor.apply(RandomSource.of(environment, new Random(42)::nextLong));
        Observability.Builder builder = Observability.builder().config(fixture.config).coldStart(environment)
                .step(TracingStep.builder(fixture.tracingConfig).tracer(tracer).build());
        Observability observability = restoreHookRuns ? builder.snapStartPriming().build() : builder.build();
        if (restoreHookRuns) {
            Core.getGlobalContext().afterRestore(null);
        }
        for (int i = 0; i < 3; i++) {
            observability.call("event", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> "ok");
        }
        return List.of();
    }
}
