package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import dev.lambdaobs.test.TraceHeaders;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(StdoutCaptureExtension.class)
class LogLineFormatTest {
    private static final Logger log = LoggerFactory.getLogger(LogLineFormatTest.class);

    @Test
    void everyLineCarriesTheInvocationKeys(CapturedStdout stdout) {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env());
        String trace = TraceHeaders.sampled();
        FakeContext context = FakeContext.builder().functionName("orders-fn").functionVersion("7")
                .requestId("req-1").memoryLimitMb(1024).xrayTraceId(trace).build();

        pipeline.run("{}", context, () -> log.info("placing order"));

        JsonNode line = only(stdout);
        assertThat(line.get(LogFields.MESSAGE).asText()).isEqualTo("placing order");
        assertThat(line.get(LogFields.LEVEL).asText()).isEqualTo("INFO");
        assertThat(line.get(LogFields.LOGGER).asText()).isEqualTo(LogLineFormatTest.class.getName());
        assertThat(line.get(LogFields.SERVICE).asText()).isEqualTo("orders");
        assertThat(line.get(LogFields.FUNCTION_NAME).asText()).isEqualTo("orders-fn");
        assertThat(line.get(LogFields.FUNCTION_VERSION).asText()).isEqualTo("7");
        assertThat(line.get(LogFields.FUNCTION_ARN).asText()).isEqualTo(context.getInvokedFunctionArn());
        assertThat(line.get(LogFields.FUNCTION_MEMORY_SIZE).isInt()).isTrue();
        assertThat(line.get(LogFields.FUNCTION_MEMORY_SIZE).asInt()).isEqualTo(1024);
        assertThat(line.get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("req-1");
        assertThat(line.get(LogFields.COLD_START).isBoolean()).isTrue();
        assertThat(line.get(LogFields.XRAY_TRACE_ID).asText()).isEqualTo(trace.substring(5, trace.indexOf(';')));
        assertThat(line.has(LogFields.SAMPLING_RATE)).as("no sampling configured").isFalse();
        assertThat(line.has(LogFields.CORRELATION_ID)).as("no correlation id found").isFalse();
        assertThat(line.has(LogFields.TENANT_ID)).as("not a tenant-isolated function").isFalse();
        assertThat(line.has(LogFields.ERROR)).isFalse();
        assertThat(line.has(LogFields.LOCATION)).as("location is off by default").isFalse();
    }

    @Test
    void timestampIsIso8601UtcWithMilliseconds(CapturedStdout stdout) {
        TestPipeline.of(TestPipeline.env()).run(null, FakeContext.create(), () -> log.warn("careful"));

        String timestamp = only(stdout).get(LogFields.TIMESTAMP).asText();
        assertThat(timestamp).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(OffsetDateTime.parse(timestamp).getOffset().getTotalSeconds()).isZero();
    }

    @Test
    void coldStartIsTrueOnTheFirstInvocationOnly(CapturedStdout stdout) {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env());
        for (int i = 0; i < 3; i++) {
            pipeline.run(null, FakeContext.create(), () -> log.info("hello"));
        }

        List<Boolean> coldStarts = stdout.jsonLines().stream().map(l -> l.get(LogFields.COLD_START).asBoolean()).toList();
        assertThat(coldStarts).containsExactly(true, false, false);
    }

    @Test
    void tenantIdAndMdcKeysAppearAtTopLevel(CapturedStdout stdout) {
        TestPipeline.of(TestPipeline.env()).run(null, FakeContext.builder().tenantId("tenant-9").build(), () -> {
            MDC.put("order_id", "o-42");
            log.info("with keys");
        });

        JsonNode line = only(stdout);
        assertThat(line.get(LogFields.TENANT_ID).asText()).isEqualTo("tenant-9");
        assertThat(line.get("order_id").asText()).isEqualTo("o-42");
        assertThat(MDC.getCopyOfContextMap()).as("restored after the invocation").isNullOrEmpty();
    }

    @Test
    void structuredArgumentsBecomeTopLevelJson(CapturedStdout stdout) {
        TestPipeline.of(TestPipeline.env()).run(null, FakeContext.create(), () -> log.info("order {}",
                StructuredArguments.entry("order", java.util.Map.of("id", "o-1", "total", 42.5)),
                StructuredArguments.entry("items", List.of(1, 2, 3)),
                StructuredArguments.entry("service", "not allowed to replace the standard key")));

        JsonNode line = only(stdout);
        assertThat(line.get("order").get("id").asText()).isEqualTo("o-1");
        assertThat(line.get("order").get("total").asDouble()).isEqualTo(42.5);
        assertThat(line.get("items").toString()).isEqualTo("[1,2,3]");
        assertThat(line.get(LogFields.SERVICE).asText()).isEqualTo("orders");
        assertThat(line.get(LogFields.MESSAGE).asText()).startsWith("order order={");
    }

    @Test
    void exceptionIsOneErrorObjectWithTheWholeStackOnOneLine(CapturedStdout stdout) {
        IllegalStateException error = new IllegalStateException("no stock", new RuntimeException("db down"));
        TestPipeline.of(TestPipeline.env()).run(null, FakeContext.create(), () -> log.error("failed", error));

        assertThat(stdout.lines()).hasSize(1);
        JsonNode failure = only(stdout).get(LogFields.ERROR);
        assertThat(failure.get("name").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(failure.get("message").asText()).isEqualTo("no stock");
        assertThat(failure.get("stack").asText())
                .startsWith("java.lang.IllegalStateException: no stock\n\tat ")
                .contains("Caused by: java.lang.RuntimeException: db down")
                .contains(LogLineFormatTest.class.getName());
    }

    @Test
    void locationOnlyWhenAskedFor(CapturedStdout stdout) {
        TestPipeline.of(TestPipeline.env(), b -> b.location(true)).run(null, FakeContext.create(), () -> log.info("here"));

        JsonNode location = only(stdout).get(LogFields.LOCATION);
        assertThat(location.get("class").asText()).isEqualTo(LogLineFormatTest.class.getName());
        assertThat(location.get("method").asText()).isNotBlank();
        assertThat(location.get("line").asInt()).isPositive();
    }

    @Test
    void outsideAnInvocationOnlyProcessKeysAreWritten(CapturedStdout stdout) {
        log.info("at start-up");

        JsonNode line = only(stdout);
        assertThat(line.get(LogFields.MESSAGE).asText()).isEqualTo("at start-up");
        assertThat(line.has(LogFields.SERVICE)).isTrue();
        assertThat(line.has(LogFields.FUNCTION_REQUEST_ID)).isFalse();
        assertThat(line.has(LogFields.COLD_START)).isFalse();
    }

    @Test
    void linesBelowTheThresholdAreNotWritten(CapturedStdout stdout) {
        TestPipeline.of(TestPipeline.env().set("POWERTOOLS_LOG_LEVEL", "WARN")).run(null, FakeContext.create(), () -> {
            log.info("dropped");
            log.warn("kept");
        });

        assertThat(stdout.jsonLines()).extracting(l -> l.get(LogFields.MESSAGE).asText()).containsExactly("kept");
    }

    static JsonNode only(CapturedStdout stdout) {
        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }
}
