package dev.lambdaobs.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.output.LineSink;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What SnapStart priming runs of the real output path and of the handler's response, with nothing emitted. */
class PrimingOutputTest {
    private static final PowertoolsConfig SNAP_START = PowertoolsConfig.from(Map.of(
            "AWS_LAMBDA_FUNCTION_NAME", "orders", "AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"));

    /** Records each call the stream beneath a PrintStream receives: bytes written, and flushes. */
    private static final class CallRecorder extends OutputStream {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void write(int b) {
            calls.add("write 1 byte");
        }

        @Override
        public void write(byte[] b, int off, int len) {
            calls.add("write " + len + " bytes");
        }

        @Override
        public void flush() {
            calls.add("flush");
        }
    }

    @Test
    void aPrimingLineRunsTheStreamsWriteAndFlushWithNoBytesAndARealLineIsWrittenWhole() {
        CallRecorder recorder = new CallRecorder();
        LineSink sink = LineSink.to(new PrintStream(recorder, false, StandardCharsets.UTF_8), line -> { });
        ObservationStep step = invocation -> new StepScope() {
            @Override
            public void end() {
                sink.writeLine("{\"request\":\"" + invocation.facts().requestId() + "\"}");
            }
        };
        Observability observability = Observability.builder().config(SNAP_START).coldStart(ColdStart.newEnvironment())
                .step(step).snapStartPrimingRounds(1).build();

        observability.prime();

        // Two priming invocations (one succeeding, one failing): the stream's path ran, and no byte went through it.
        assertThat(recorder.calls).containsExactly("write 0 bytes", "flush", "write 0 bytes", "flush");
        assertThat(sink.lostLines()).isZero();

        recorder.calls.clear();
        observability.call("event", new PrimingContext(SNAP_START, "r-1"), () -> "ok");
        assertThat(recorder.calls).containsExactly("write " + "{\"request\":\"r-1\"}\n".length() + " bytes", "flush");
    }

    @Test
    void theSucceedingPrimingInvocationReturnsTheSampleResponseOrElseTheEvent() {
        List<Object> responses = new CopyOnWriteArrayList<>();
        ObservationStep step = invocation -> new StepScope() {
            @Override
            public void onSuccess(Object response) {
                responses.add(response);
            }
        };
        Object event = Map.of("httpMethod", "GET");
        Object response = Map.of("statusCode", 200);

        Observability.builder().config(SNAP_START).coldStart(ColdStart.newEnvironment()).step(step)
                .snapStartPriming(event, response).snapStartPrimingRounds(2).build().prime();
        assertThat(responses).containsExactly(response, response);

        responses.clear();
        Observability.builder().config(SNAP_START).coldStart(ColdStart.newEnvironment()).step(step)
                .snapStartPriming(event).snapStartPrimingRounds(1).build().prime();
        assertThat(responses).containsExactly(event);
    }
}
