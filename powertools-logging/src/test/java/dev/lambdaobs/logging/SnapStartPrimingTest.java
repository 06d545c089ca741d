package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.core.pipeline.StepScope;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.core.snapstart.RandomSource;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import dev.lambdaobs.test.crac.Core;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SnapStart: the hooks registered through org.crac, played by the test kit's simulated CRaC JVM. */
@ExtendWith(StdoutCaptureExtension.class)
class SnapStartPrimingTest {
    private static final Map<String, Object> EVENT = Map.of("headers", Map.of("x-correlation-id", "c-1"));

    @Test
    void primingWritesNoLineAndTheFirstInvocationAfterTheRestoreIsTheColdStart(CapturedStdout stdout) throws Exception {
        List<String> diagnostics = new ArrayList<>();
        PowertoolsConfig config = TestPipeline.env().set("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")
                .set("POWERTOOLS_LOGGER_LOG_EVENT", "true").toConfig(Diagnostics.to(diagnostics::add));
        LoggingStep step = LoggingStep.of(LoggingConfig.from(config).toBuilder().logResponse(true)
                .correlationIdPath(CorrelationIdPaths.API_GATEWAY_REST).build());
        List<Boolean> priming = new ArrayList<>();
        Observability observability = Observability.builder().config(config).coldStart(ColdStart.newEnvironment())
                .step(invocation -> {
                    priming.add(invocation.priming());
                    return StepScope.NONE;
                })
                .step(step).snapStartPriming(EVENT).snapStartPrimingRounds(1).build();

        Core.getGlobalContext().beforeCheckpoint(null);
        assertThat(priming).as("the hook ran the priming invocations").containsExactly(true, true);
        assertThat(stdout.lines()).as("no line from priming").isEmpty();
        Core.getGlobalContext().afterRestore(null);

        observability.call(EVENT, FakeContext.builder().requestId("r-1").build(), () -> {
            LoggerFactory.getLogger("orders").info("placed");
            return "ok";
        });
        assertThat(stdout.jsonLines()).extracting(line -> line.get(LogFields.MESSAGE).asText())
                .containsExactly("Event received", "placed", "Response sent");
        assertThat(stdout.jsonLines()).allSatisfy(line -> {
            assertThat(line.get(LogFields.COLD_START).asBoolean()).isTrue();
            assertThat(line.get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("r-1");
        });
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void environmentsRestoredFromOneSnapshotMakeDifferentSamplingDecisions() throws Exception {
        assertThat(decisions(false)).as("without the hook, every restored environment samples alike")
                .isEqualTo(decisions(false));
        assertThat(decisions(true)).isNotEqualTo(decisions(true));
    }

    /**
     * 64 sampling decisions at rate 0.5 of one environment restored from a snapshot whose random state is
     * seed 42 (what every environment restored from it starts with).
     */
    private static List<Boolean> decisions(boolean restoreHookRuns) throws Exception {
        ColdStart environment = ColdStart.newEnvironment();
        RandomSource random = RandomSource.of(environment, new Random(42)::nextLong);
        PowertoolsConfig config = TestPipeline.env().set("POWERTOOLS_LOGGER_SAMPLE_RATE", "0.5")
                .toConfig(Diagnostics.to(line -> { }));
        LoggingStep step = LoggingStep.of(LoggingConfig.from(config), random::nextDouble);
        Observability.Builder builder = Observability.builder().config(config).coldStart(environment).step(step);
        Observability observability = restoreHookRuns ? builder.snapStartPriming().build() : builder.build();
        if (restoreHookRuns) {
            Core.getGlobalContext().afterRestore(null);
        }
        try (CapturedStdout stdout = CapturedStdout.start()) {
            for (int i = 0; i < 64; i++) {
                String requestId = "r-" + i;
                observability.call(null, FakeContext.builder().requestId(requestId).build(), () -> {
                    LoggerFactory.getLogger("orders").debug("detail");
                    return null;
                });
            }
            List<String> sampled = stdout.jsonLines().stream()
                    .map(line -> line.get(LogFields.FUNCTION_REQUEST_ID).asText()).toList();
            List<Boolean> decisions = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                decisions.add(sampled.contains("r-" + i));
            }
            return decisions;
        }
    }
}
