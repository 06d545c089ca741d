package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import dev.lambdaobs.logging.log4j.slf4j.LambdaSlf4jProvider;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.logging.log4j.MarkerManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.LocationAwareLogger;
import org.slf4j.spi.SLF4JServiceProvider;

/** Libraries log through SLF4J 2: their lines get the same format through our SLF4J provider. */
@ExtendWith(StdoutCaptureExtension.class)
class Slf4jTest {
    private static final Logger log = LoggerFactory.getLogger(Slf4jTest.class);

    @Test
    void slf4jLinesAreTheSameJsonWithKeyValuesAtTopLevel(CapturedStdout stdout) {
        TestPipeline.of(TestPipeline.env()).run(null, FakeContext.builder().requestId("req-slf4j").build(), () -> {
            MDC.put("customer", "c-7");
            log.atInfo().addKeyValue("order_id", "o-42").log("placed");
            log.info("structured {}", StructuredArguments.entry("totals", Map.of("count", 3)));
            log.debug("below the threshold");
            log.error("failed", new IllegalArgumentException("bad order"));
        });

        var lines = stdout.jsonLines();
        assertThat(lines).hasSize(3);
        JsonNode placed = lines.get(0);
        assertThat(placed.get(LogFields.MESSAGE).asText()).isEqualTo("placed");
        assertThat(placed.get(LogFields.LOGGER).asText()).isEqualTo(Slf4jTest.class.getName());
        assertThat(placed.get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("req-slf4j");
        assertThat(placed.get("order_id").asText()).isEqualTo("o-42");
        assertThat(placed.get("customer").asText()).isEqualTo("c-7");
        assertThat(lines.get(1).get("totals").get("count").asInt()).isEqualTo(3);
        assertThat(lines.get(1).has("order_id")).as("key/value pairs belong to their own line").isFalse();
        assertThat(lines.get(2).get(LogFields.ERROR).get("name").asText()).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void ourProviderIsTheOnlyOneOnTheClassPath() {
        List<SLF4JServiceProvider> providers = ServiceLoader.load(SLF4JServiceProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        assertThat(providers).hasSize(1).first().isInstanceOf(LambdaSlf4jProvider.class);
        assertThat(LoggerFactory.getILoggerFactory().getClass().getPackageName())
                .isEqualTo(LambdaSlf4jProvider.class.getPackageName());
    }

    @Test
    void fluentArgumentsMessageSuppliersMarkersAndMdcKeepWorking(CapturedStdout stdout) {
        Marker audit = MarkerFactory.getMarker("AUDIT");
        audit.add(MarkerFactory.getMarker("SECURITY"));

        TestPipeline.of(TestPipeline.env()).run(null, FakeContext.create(), () -> {
            MDC.put("tenant", "t-1");
            MDC.pushByKey("stage", "validate");
            log.atWarn().addMarker(audit).addArgument("o-1").addArgument(() -> 7).setMessage(() -> "order {} has {} items")
                    .addKeyValue("count", () -> 7).log();
            log.atInfo().setCause(new IllegalStateException("retry")).log("retried {}", "o-2");
            log.atDebug().addKeyValue("dropped", "yes").log("below the threshold");
            assertThat(MDC.popByKey("stage")).isEqualTo("validate");
            MDC.remove("tenant");
        });

        var lines = stdout.jsonLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get(LogFields.MESSAGE).asText()).isEqualTo("order o-1 has 7 items");
        assertThat(lines.get(0).get("count").asText()).isEqualTo("7");
        assertThat(lines.get(0).get("tenant").asText()).isEqualTo("t-1");
        assertThat(lines.get(1).get(LogFields.ERROR).get("message").asText()).isEqualTo("retry");
        assertThat(lines.get(1).has("count")).as("key-values leave the ThreadContext after their line").isFalse();
        assertThat(MarkerManager.getMarker("AUDIT").isInstanceOf("SECURITY")).as("references are Log4j parents").isTrue();
        assertThat(audit.contains("SECURITY")).isTrue();
        assertThat(log.isWarnEnabled(audit)).isTrue();
    }

    @Test
    void locationNamesTheCallerForPlainAndFluentCalls(CapturedStdout stdout) {
        TestPipeline.of(TestPipeline.env(), b -> b.location(true)).run(null, FakeContext.create(), () -> {
            log.info("plain {}", 1);
            log.atInfo().addKeyValue("k", "v").log("fluent");
        });

        var lines = stdout.jsonLines();
        assertThat(lines).hasSize(2).allSatisfy(line ->
                assertThat(line.get(LogFields.LOCATION).get("class").asText()).isEqualTo(Slf4jTest.class.getName()));
        assertThat(lines.get(1).get(LogFields.LOCATION).get("line").asInt())
                .as("each line names its own call").isEqualTo(lines.get(0).get(LogFields.LOCATION).get("line").asInt() + 1);
    }

    @Test
    void bridgesLoggingThroughLocationAwareLoggerGetTheSameLine(CapturedStdout stdout) {
        Marker foreign = new BasicMarkerFactory().getMarker("BRIDGED");
        foreign.add(new BasicMarkerFactory().getMarker("LEGACY"));

        TestPipeline.of(TestPipeline.env()).run(null, FakeContext.create(), () -> {
            LocationAwareLogger bridged = (LocationAwareLogger) log;
            bridged.log(foreign, "org.apache.commons.logging.impl.SLF4JLocationAwareLog", LocationAwareLogger.WARN_INT,
                    "bridged {}", new Object[] {"call"}, new IllegalStateException("from commons-logging"));
            bridged.log(null, "java.util.logging.Logger", LocationAwareLogger.DEBUG_INT, "below the threshold", null, null);
        });

        var lines = stdout.jsonLines();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get(LogFields.LEVEL).asText()).isEqualTo("WARN");
        assertThat(lines.get(0).get(LogFields.MESSAGE).asText()).isEqualTo("bridged call");
        assertThat(lines.get(0).get(LogFields.ERROR).get("message").asText()).isEqualTo("from commons-logging");
        assertThat(MarkerManager.getMarker("BRIDGED").isInstanceOf("LEGACY")).as("a foreign marker is copied with its references").isTrue();
    }
}
