package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What only the Log4j API can do, beside the shared suite (which logs through SLF4J). */
@ExtendWith(StdoutCaptureExtension.class)
class Log4jApiTest {
    private static final Logger log = LogManager.getLogger(Log4jApiTest.class);

    @Test
    void anObjectWhoseToStringThrowsLoggedAsTheMessageStillGivesALine(CapturedStdout stdout) {
        String result = TestPipeline.of(TestPipeline.env()).call(null, FakeContext.create(), () -> {
            log.info(BadInputTest.THROWING_TO_STRING);
            return "handler result";
        });

        assertThat(result).isEqualTo("handler result");
        assertThat(LogLineFormatTest.only(stdout).get(LogFields.MESSAGE).asText())
                .contains(IllegalStateException.class.getName());
    }

    @Test
    void fatalKeepsItsLambdaLevelName(CapturedStdout stdout) {
        TestPipeline.of(TestPipeline.env()).run(null, FakeContext.create(), () -> log.fatal("f"));

        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).extracting(l -> l.get(LogFields.LEVEL).asText()).containsExactly("FATAL");
    }
}
