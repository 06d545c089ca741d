package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.logging.log4j.slf4j.LambdaSlf4jProvider;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.util.List;
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

/**
 * Our SLF4J provider for the Log4j2 backend (the shared {@code Slf4jTest} covers what both backends do): it is the
 * only provider, and markers, MDC, suppliers, location and bridges keep working through it.
 */
@ExtendWith(StdoutCaptureExtension.class)
class Log4jSlf4jProviderTest {
    private static final Logger log = LoggerFactory.getLogger(Log4jSlf4jProviderTest.class);

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
                assertThat(line.get(LogFields.LOCATION).get("class").asText()).isEqualTo(Log4jSlf4jProviderTest.class.getName()));
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
