package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(StdoutCaptureExtension.class)
class HandlerErrorTest {

    @Test
    void uncaughtExceptionIsLoggedOnceWithItsStackAndRethrownUnchanged(CapturedStdout stdout) {
        IOException failure = new IOException("disk full");
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env());

        Throwable thrown = catchThrowable(() -> pipeline.<Object, IOException>call(null,
                FakeContext.builder().requestId("req-fail").build(), () -> {
                    throw failure;
                }));

        assertThat(thrown).isSameAs(failure);
        assertThat(stdout.lines()).hasSize(1);
        JsonNode line = LogLineFormatTest.only(stdout);
        assertThat(line.get(LogFields.LEVEL).asText()).isEqualTo("ERROR");
        assertThat(line.get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("req-fail");
        assertThat(line.get(LogFields.ERROR).get("name").asText()).isEqualTo(IOException.class.getName());
        assertThat(line.get(LogFields.ERROR).get("message").asText()).isEqualTo("disk full");
        assertThat(line.get(LogFields.ERROR).get("stack").asText()).contains("\tat " + HandlerErrorTest.class.getName());
    }

    @Test
    void logErrorFalseRethrowsWithoutALine(CapturedStdout stdout) {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env().set("POWERTOOLS_LOGGER_LOG_ERROR", "false"));
        IllegalStateException failure = new IllegalStateException("x");

        Throwable thrown = catchThrowable(() -> pipeline.run(null, FakeContext.create(), () -> {
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(stdout.lines()).isEmpty();
    }
}
