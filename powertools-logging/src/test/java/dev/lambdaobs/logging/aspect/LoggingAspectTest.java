package dev.lambdaobs.logging.aspect;

import dev.lambdaobs.logging.Logging;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.logging.LoggingConfig;
import dev.lambdaobs.core.masking.Masking;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.LambdaEnvironment;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The same behaviour through {@code @Logging}, woven at compile time. */
@ExtendWith(StdoutCaptureExtension.class)
class LoggingAspectTest {
    private final OrderHandler handler = new OrderHandler();

    @Test
    void annotatedHandlerLogsEventLinesAndResponseWithTheInvocationKeys(CapturedStdout stdout) {
        Map<String, Object> response = handler.handleRequest(Map.of("id", "evt-1", "detail-type", "OrderPlaced"),
                FakeContext.builder().requestId("req-aspect").build());

        assertThat(response).containsEntry("status", "ok");
        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).extracting(l -> l.get(LogFields.MESSAGE).asText())
                .containsExactly("Event received", "sampled debug line", "handling evt-1", "Response sent");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("req-aspect");
            assertThat(l.get(LogFields.CORRELATION_ID).asText()).isEqualTo("evt-1");
            assertThat(l.get(LogFields.SAMPLING_RATE).asDouble()).isEqualTo(1.0);
            assertThat(l.get(LogFields.COLD_START).isBoolean()).isTrue();
        });
        assertThat(lines.get(0).get("event").get("id").asText()).isEqualTo("evt-1");
        assertThat(lines.get(3).get("response").get("token").asText()).isEqualTo(Masking.MASK);
        assertThat(lines.get(2).get(LogFields.LOGGER).asText()).isEqualTo(OrderHandler.class.getName());
    }

    @Test
    void annotatedHandlerExceptionIsLoggedOnceAndRethrownUnchanged(CapturedStdout stdout) {
        Throwable thrown = catchThrowable(() -> handler.handleRequest(Map.of("id", "evt-2", "detail-type", "fail"),
                FakeContext.create()));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("order rejected");
        List<JsonNode> errors = stdout.jsonLines().stream().filter(l -> l.has(LogFields.ERROR)).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get(LogFields.ERROR).get("stack").asText()).contains("OrderHandler.handleRequest");
    }

    @Test
    void attributesOverrideTheEnvironmentAsDocumented() throws NoSuchMethodException {
        PowertoolsConfig env = LambdaEnvironment.onDemand("fn").set("POWERTOOLS_LOGGER_SAMPLE_RATE", "0.2")
                .set("POWERTOOLS_LOGGER_LOG_ERROR", "false").toConfig(dev.lambdaobs.core.diagnostics.Diagnostics.to(l -> { }));
        Logging logging = OrderHandler.class.getMethod("handleRequest", Map.class,
                com.amazonaws.services.lambda.runtime.Context.class).getAnnotation(Logging.class);

        LoggingConfig config = LoggingAspect.configure(LoggingConfig.from(env), logging, "x");

        assertThat(config.samplingRate()).isEqualTo(1.0);
        assertThat(config.logEvent()).isTrue();
        assertThat(config.logError()).as("the environment can switch it off").isFalse();
        assertThat(config.correlationIdPath()).contains("id");
        assertThat(config.loggerName()).isEqualTo("x");
        assertThat(config.flushBufferOnError()).as("Powertools' default").isTrue();
    }

    @Test
    void flushBufferOnUncaughtErrorFalseTurnsTheFlushOff() throws NoSuchMethodException {
        Logging logging = NoFlushOnError.class.getMethod("handle").getAnnotation(Logging.class);

        LoggingConfig config = LoggingAspect.configure(LoggingConfig.from(LambdaEnvironment.onDemand("fn")
                .toConfig(dev.lambdaobs.core.diagnostics.Diagnostics.to(l -> { }))), logging, "x");

        assertThat(config.flushBufferOnError()).isFalse();
    }

    /** Only its annotation is read. */
    static final class NoFlushOnError {
        @Logging(flushBufferOnUncaughtError = false)
        public void handle() {
        }
    }
}
