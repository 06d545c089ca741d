package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.LambdaEnvironment;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(StdoutCaptureExtension.class)
class LogLevelPolicyTest {
    private static final Logger log = LoggerFactory.getLogger(LogLevelPolicyTest.class);

    @ParameterizedTest(name = "POWERTOOLS_LOG_LEVEL={0} AWS_LAMBDA_LOG_LEVEL={1} format={2} -> {3}")
    @CsvSource({
            "     ,      , TEXT, INFO",
            "DEBUG,      , TEXT, DEBUG",
            "     , WARN , JSON, WARN",
            "ERROR, DEBUG, JSON, ERROR",
            "warning,    , TEXT, WARN",
            "DEBUG, WARN , JSON, WARN",
            "DEBUG, WARN , TEXT, DEBUG",
            "nonsense,   , TEXT, INFO",
    })
    void precedence(String powertools, String lambda, String format, LogLevel expected) {
        LambdaEnvironment env = TestPipeline.env().set("AWS_LAMBDA_LOG_FORMAT", format);
        if (powertools != null) {
            env.set("POWERTOOLS_LOG_LEVEL", powertools);
        }
        if (lambda != null) {
            env.set("AWS_LAMBDA_LOG_LEVEL", lambda);
        }

        assertThat(LoggingConfig.from(env.toConfig(Diagnostics.to(line -> { }))).level()).isEqualTo(expected);
    }

    @Test
    void saysOnceWhenTheRequestedLevelIsBelowLambdas() {
        List<String> said = new ArrayList<>();
        var config = TestPipeline.env().set("AWS_LAMBDA_LOG_FORMAT", "JSON").set("AWS_LAMBDA_LOG_LEVEL", "WARN")
                .set("POWERTOOLS_LOG_LEVEL", "DEBUG").toConfig(Diagnostics.to(said::add));

        LoggingConfig.from(config);
        LoggingConfig.from(config);

        assertThat(said).hasSize(1).first().asString()
                .contains("POWERTOOLS_LOG_LEVEL=DEBUG").contains("AWS_LAMBDA_LOG_LEVEL=WARN").contains("drops");
    }

    @Test
    void lambdaJsonFormatLinesKeepLevelAndRfc3339Timestamp(CapturedStdout stdout) {
        TestPipeline.of(TestPipeline.env().set("AWS_LAMBDA_LOG_FORMAT", "JSON").set("AWS_LAMBDA_LOG_LEVEL", "DEBUG"))
                .run(null, FakeContext.create(), () -> {
                    log.debug("d");
                    log.info("i");
                    log.warn("w");
                    log.error("e");
                });

        Set<String> lambdaLevels = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL");
        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).extracting(l -> l.get(LogFields.LEVEL).asText())
                .containsExactly("DEBUG", "INFO", "WARN", "ERROR").allMatch(lambdaLevels::contains);
        assertThat(lines).allSatisfy(l -> OffsetDateTime.parse(l.get(LogFields.TIMESTAMP).asText()));
    }
}
