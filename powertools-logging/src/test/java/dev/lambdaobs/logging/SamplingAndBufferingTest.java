package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(StdoutCaptureExtension.class)
class SamplingAndBufferingTest {
    private static final Logger log = LoggerFactory.getLogger(SamplingAndBufferingTest.class);

    @Test
    void sampledInvocationWritesDebugAndTheRate(CapturedStdout stdout) {
        double[] draws = {0.05, 0.5};   // first invocation sampled (0.05 < 0.1), second not
        int[] next = {0};
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env().set("POWERTOOLS_LOGGER_SAMPLE_RATE", "0.1"),
                b -> b, () -> draws[next[0]++]);

        pipeline.run(null, FakeContext.builder().requestId("sampled").build(), () -> {
            log.debug("debug detail");
            log.trace("trace detail");
            log.info("info");
        });
        pipeline.run(null, FakeContext.builder().requestId("not-sampled").build(), () -> {
            log.debug("debug detail");
            log.info("info");
        });

        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).extracting(l -> l.get(LogFields.FUNCTION_REQUEST_ID).asText() + ":" + l.get(LogFields.LEVEL).asText())
                .containsExactly("sampled:DEBUG", "sampled:INFO", "not-sampled:INFO");
        assertThat(lines).allSatisfy(l -> assertThat(l.get(LogFields.SAMPLING_RATE).asDouble()).isEqualTo(0.1));
    }

    @Test
    void bufferIsFlushedWhenAnErrorIsLogged(CapturedStdout stdout) {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env().set("POWERTOOLS_LOGGER_BUFFER_LEVEL", "DEBUG"));

        pipeline.run(null, FakeContext.create(), () -> {
            log.debug("held 1");
            log.info("written at once");
            log.debug("held 2");
            log.error("boom");
        });

        assertThat(messages(stdout)).containsExactly("written at once", "held 1", "held 2", "boom");
        assertThat(stdout.jsonLines().get(1).get(LogFields.LEVEL).asText()).isEqualTo("DEBUG");
    }

    @Test
    void bufferIsFlushedWhenTheHandlerThrows(CapturedStdout stdout) {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env(), b -> b.bufferLevel(LogLevel.DEBUG).logError(false));

        assertThatThrownBy(() -> pipeline.run(null, FakeContext.builder().requestId("r-err").build(), () -> {
            log.debug("held");
            throw new IllegalStateException("handler failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(messages(stdout)).containsExactly("held");
        assertThat(stdout.jsonLines().get(0).get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("r-err");
    }

    @Test
    void withoutFlushBufferOnErrorOnlyAnErrorLineWritesTheBufferOfAThrowingHandler(CapturedStdout stdout) {
        TestPipeline silent = TestPipeline.of(TestPipeline.env(),
                b -> b.bufferLevel(LogLevel.DEBUG).logError(false).flushBufferOnError(false));
        TestPipeline logged = TestPipeline.of(TestPipeline.env(),
                b -> b.bufferLevel(LogLevel.DEBUG).flushBufferOnError(false));
        Runnable failing = () -> {
            log.debug("held");
            throw new IllegalStateException("handler failed");
        };

        assertThatThrownBy(() -> silent.run(null, FakeContext.create(), failing)).isInstanceOf(IllegalStateException.class);
        assertThat(messages(stdout)).as("dropped: no ERROR line, no flush on the exception").isEmpty();
        assertThatThrownBy(() -> logged.run(null, FakeContext.create(), failing)).isInstanceOf(IllegalStateException.class);
        assertThat(messages(stdout)).as("the step's ERROR line writes them first")
                .containsExactly("held", "Handler threw java.lang.IllegalStateException");
    }

    @Test
    void bufferIsDroppedWhenTheInvocationSucceeds(CapturedStdout stdout) {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env(), b -> b.bufferLevel(LogLevel.DEBUG));

        pipeline.run(null, FakeContext.create(), () -> {
            log.debug("held then dropped");
            log.info("kept");
        });
        pipeline.run(null, FakeContext.create(), () -> log.error("a later invocation's error"));

        assertThat(messages(stdout)).containsExactly("kept", "a later invocation's error");
    }

    @Test
    void bufferEvictsTheOldestLinesWhenFull(CapturedStdout stdout) {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env(), b -> b.bufferLevel(LogLevel.DEBUG).bufferMaxLines(2));

        pipeline.run(null, FakeContext.create(), () -> {
            for (int i = 1; i <= 5; i++) {
                log.debug("held {}", i);
            }
            log.error("boom");
        });

        assertThat(messages(stdout)).containsExactly("held 4", "held 5", "boom");
    }

    @Test
    void outsideAnInvocationNothingIsBuffered(CapturedStdout stdout) {
        TestPipeline.of(TestPipeline.env(), b -> b.bufferLevel(LogLevel.DEBUG));
        log.debug("not written: below the process threshold");
        log.info("written");

        assertThat(messages(stdout)).containsExactly("written");
    }

    @Test
    void bufferingAtErrorIsRefusedSoErrorsAreNeverHeldBack() {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env().set("POWERTOOLS_LOGGER_BUFFER_LEVEL", "ERROR"));

        assertThat(pipeline.step.config().bufferLevel()).isEmpty();
        assertThat(pipeline.diagnostics).hasSize(1).first().asString().contains("POWERTOOLS_LOGGER_BUFFER_LEVEL=ERROR");
    }

    private static List<String> messages(CapturedStdout stdout) {
        return stdout.jsonLines().stream().map(l -> l.get(LogFields.MESSAGE).asText()).toList();
    }

    @Test
    void bufferLevelIsReadLikeTheLogLevelWarningIncluded() {
        TestPipeline warning = TestPipeline.of(TestPipeline.env().set("POWERTOOLS_LOGGER_BUFFER_LEVEL", "WARNING"));
        TestPipeline lower = TestPipeline.of(TestPipeline.env().set("POWERTOOLS_LOGGER_BUFFER_LEVEL", "debug"));
        TestPipeline invalid = TestPipeline.of(TestPipeline.env().set("POWERTOOLS_LOGGER_BUFFER_LEVEL", "LOUD"));

        assertThat(warning.step.config().bufferLevel()).contains(dev.lambdaobs.core.config.LogLevel.WARN);
        assertThat(warning.diagnostics).isEmpty();
        assertThat(lower.step.config().bufferLevel()).contains(dev.lambdaobs.core.config.LogLevel.DEBUG);
        assertThat(invalid.step.config().bufferLevel()).isEmpty();
        assertThat(invalid.diagnostics).singleElement().asString().contains("POWERTOOLS_LOGGER_BUFFER_LEVEL='LOUD'");
    }
}
