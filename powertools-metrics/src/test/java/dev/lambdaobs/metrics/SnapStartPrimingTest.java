package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.core.pipeline.StepScope;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import dev.lambdaobs.test.crac.Core;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SnapStart: the hooks registered through org.crac, played by the test kit's simulated CRaC JVM. */
@ExtendWith(StdoutCaptureExtension.class)
class SnapStartPrimingTest {

    @Test
    void primingWritesNoDocumentToAnyOutputAndTheFirstInvocationAfterTheRestoreWritesColdStart(CapturedStdout stdout)
            throws Exception {
        List<String> warnings = new ArrayList<>();
        PowertoolsConfig config = Harness.environment().set("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")
                .toConfig(Diagnostics.to(warnings::add));
        MetricsConfig settings = MetricsConfig.builder(config).invocationMetrics(true).build();
        List<String> listed = new CopyOnWriteArrayList<>();
        Observability toStdout = Observability.builder().config(config).coldStart(ColdStart.newEnvironment())
                .step(MetricsStep.builder(settings).diagnostics(Diagnostics.to(warnings::add)).build())
                .snapStartPriming().build();
        List<Boolean> priming = new CopyOnWriteArrayList<>();
        Observability toList = Observability.builder().config(config).coldStart(ColdStart.newEnvironment())
                .step(invocation -> {
                    priming.add(invocation.priming());
                    return StepScope.NONE;
                })
                .step(MetricsStep.builder(settings).output(EmfOutput.lines(listed::add))
                        .diagnostics(Diagnostics.to(warnings::add)).build())
                .snapStartPriming().snapStartPrimingRounds(1).build();

        Core.getGlobalContext().beforeCheckpoint(null);
        assertThat(stdout.lines()).as("no EMF document on stdout from priming").isEmpty();
        assertThat(listed).as("no EMF document to another output either").isEmpty();
        assertThat(priming).as("the hook ran the priming invocations").containsExactly(true, true);
        Core.getGlobalContext().afterRestore(null);

        toStdout.call("event", FakeContext.builder().functionName("create-order").build(), () -> {
            MetricsRecorder.current().add("Orders", 1, MetricUnit.COUNT);
            return "ok";
        });
        toList.call("event", FakeContext.builder().functionName("create-order").build(), () -> "ok");

        assertThat(EmfDocuments.withMetric(EmfDocuments.validated(stdout.lines()), "ColdStart")).hasSize(1);
        assertThat(EmfDocuments.withMetric(EmfDocuments.validated(stdout.lines()), "Orders")).hasSize(1);
        assertThat(EmfDocuments.withMetric(EmfDocuments.validated(listed), "ColdStart")).hasSize(1);
        assertThat(String.join("\n", stdout.lines()) + listed).doesNotContain(MetricsStep.PRIMING_METRIC);
        assertThat(warnings).isEmpty();
    }

    @Test
    void primingRunsAPrintStreamOutputsWriteWithNoBytesSoItsPathIsCompiledAndWritesNothing() throws Exception {
        List<String> calls = new CopyOnWriteArrayList<>();
        OutputStream recorder = new OutputStream() {
            @Override
            public void write(int b) {
                calls.add("write 1 byte");
            }

            @Override
            public void write(byte[] b, int off, int len) {
                calls.add(len == 0 ? "write no bytes" : new String(b, off, len, StandardCharsets.UTF_8));
            }
        };
        List<String> warnings = new ArrayList<>();
        PowertoolsConfig config = Harness.environment().set("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")
                .toConfig(Diagnostics.to(warnings::add));
        Observability observability = Observability.builder().config(config).coldStart(ColdStart.newEnvironment())
                .step(MetricsStep.builder(MetricsConfig.builder(config).build())
                        .output(EmfOutput.printStream(new PrintStream(recorder, false, StandardCharsets.UTF_8)))
                        .diagnostics(Diagnostics.to(warnings::add)).build())
                .snapStartPriming().snapStartPrimingRounds(1).build();

        observability.prime();

        // Per priming invocation: the ColdStart document and the flushed one, each reaching the stream with no bytes.
        assertThat(calls).isNotEmpty().containsOnly("write no bytes");
        calls.clear();
        observability.call("event", FakeContext.builder().functionName("create-order").build(), () -> {
            MetricsRecorder.current().add("Orders", 1, MetricUnit.COUNT);
            return "ok";
        });
        assertThat(EmfDocuments.withMetric(EmfDocuments.validated(calls.stream().map(String::strip).toList()),
                "Orders")).hasSize(1);
        assertThat(warnings).isEmpty();
    }

    @Test
    void anOutputOfOneOwnGetsPrimingsDocumentsThroughWritePrimingAndTheRealOnesThroughWrite() throws Exception {
        List<String> written = new CopyOnWriteArrayList<>();
        List<String> primed = new CopyOnWriteArrayList<>();
        EmfOutput output = new EmfOutput() {
            @Override
            public void write(String document) {
                written.add(document);
            }

            @Override
            public void writePriming(String document) {
                primed.add(document);
            }
        };
        List<String> warnings = new ArrayList<>();
        PowertoolsConfig config = Harness.environment().set("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")
                .toConfig(Diagnostics.to(warnings::add));
        Observability observability = Observability.builder().config(config).coldStart(ColdStart.newEnvironment())
                .step(MetricsStep.builder(MetricsConfig.builder(config).build()).output(output)
                        .diagnostics(Diagnostics.to(warnings::add)).build())
                .snapStartPriming().snapStartPrimingRounds(1).build();

        observability.prime();

        assertThat(written).as("nothing written while priming").isEmpty();
        assertThat(EmfDocuments.withMetric(EmfDocuments.validated(primed), "ColdStart")).as("built, handed over")
                .isNotEmpty();
        primed.clear();
        observability.call("event", FakeContext.builder().functionName("create-order").build(), () -> {
            MetricsRecorder.current().add("Orders", 1, MetricUnit.COUNT);
            return "ok";
        });
        assertThat(EmfDocuments.withMetric(EmfDocuments.validated(written), "Orders")).hasSize(1);
        assertThat(primed).as("a real invocation's documents are written").isEmpty();
        assertThat(warnings).isEmpty();
    }
}
