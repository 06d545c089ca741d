package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.RefusingPort;
import dev.lambdaobs.test.TraceHeaders;
import org.junit.jupiter.api.Test;

/** Tracing that is off, or cannot deliver, never touches the handler and says so once at most. */
class TracingOffTest {

    private static Object invokeTwice(Observability observability, Tracer tracer) {
        Object last = null;
        for (int i = 0; i < 2; i++) {
            last = observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                    () -> tracer.trace("## work", () -> {
                        tracer.currentSpan().annotate("k", "v").metadata("m", 1);
                        return "result";
                    }));
        }
        return last;
    }

    @Test
    void withNoDaemonListeningTheHandlerIsUnaffectedAndNothingIsReported() {
        // Held for the test, answered ICMP port unreachable as if unbound: no daemon beside can take it meanwhile.
        try (RefusingPort noDaemon = RefusingPort.udp();
             TracingFixture fixture = new TracingFixture(env -> env.xrayDaemon(noDaemon.address()))) {
            assertThat(invokeTwice(fixture.observability(), fixture.tracer)).isEqualTo("result");
            assertThat(fixture.warnings).isEmpty();
        }
    }

    @Test
    void whenDocumentsCannotBeSentTheProblemIsReportedOnce() {
        try (TracingFixture fixture = new TracingFixture(env -> env.xrayDaemon("127.0.0.1:0"))) {
            assertThat(invokeTwice(fixture.observability(), fixture.tracer)).isEqualTo("result");
            assertThat(fixture.warnings).singleElement().asString()
                    .contains("could not send X-Ray documents to the daemon at 127.0.0.1:0");
        }
    }

    @Test
    void anInvalidDaemonAddressIsReportedOnceAndTheDefaultIsUsed() {
        try (TracingFixture fixture = new TracingFixture(env -> env.xrayDaemon("not an address at all"))) {
            assertThat(invokeTwice(fixture.observability(), fixture.tracer)).isEqualTo("result");
            assertThat(fixture.warnings).singleElement().asString()
                    .contains("AWS_XRAY_DAEMON_ADDRESS='not an address at all' is invalid", "127.0.0.1:2000");
        }
    }

    @Test
    void disabledTracingSendsNothing() {
        try (TracingFixture disabled = new TracingFixture(env -> env.set("POWERTOOLS_TRACE_DISABLED", "true"));
             TracingFixture enabled = new TracingFixture(env -> env.xrayDaemon(disabled.daemon.address()))) {
            assertThat(disabled.tracer.isEnabled()).isFalse();
            assertThat(invokeTwice(disabled.observability(), disabled.tracer)).isEqualTo("result");
            // A traced invocation to the same daemon afterwards: the only document there is its own.
            enabled.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> "sentinel");
            JsonNode only = disabled.onlyDocument();
            assertThat(only.path("metadata").path("orders").path("handleRequest response").asText()).isEqualTo("sentinel");
            assertThat(disabled.warnings).isEmpty();
        }
    }

    @Test
    void outsideLambdaTracingIsOffWithOneWarning() {
        try (TracingFixture local = new TracingFixture(env -> env.unset("LAMBDA_TASK_ROOT"))) {
            assertThat(local.tracer.isEnabled()).isFalse();
            assertThat(invokeTwice(local.observability(), local.tracer)).isEqualTo("result");
            assertThat(local.warnings).singleElement().asString().contains("LAMBDA_TASK_ROOT is not set");
        }
    }

    @Test
    void aWrongTraceHeaderLeavesTheInvocationUntracedWithOneWarning() {
        try (TracingFixture fixture = new TracingFixture()) {
            Object result = fixture.observability().call("e", FakeContext.builder().xrayTraceId("Root=garbage").build(),
                    () -> "result");
            assertThat(result).isEqualTo("result");
            assertThat(fixture.warnings).singleElement().asString().contains("no X-Ray trace header");
        }
    }

    @Test
    void theNoopTracersWrapStillCarriesTheInvocationToWorkerThreads() throws Exception {
        try (TracingFixture disabled = new TracingFixture(env -> env.set("POWERTOOLS_TRACE_DISABLED", "true"))) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                String seen = disabled.observability().call("e", FakeContext.builder().requestId("req-w").build(),
                        () -> pool.submit(disabled.tracer.wrap(() -> dev.lambdaobs.core.invocation.Invocation.current()
                                .map(i -> i.facts().requestId()).orElse("none"))).get());
                assertThat(disabled.tracer.isEnabled()).isFalse();
                assertThat(seen).isEqualTo("req-w");
                assertThat(Tracer.noop().wrap((Runnable) () -> { })).isNotNull();
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
