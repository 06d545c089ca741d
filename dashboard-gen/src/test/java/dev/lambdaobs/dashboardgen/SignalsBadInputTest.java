package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Config values out of range for the signals, bands, statistics and the concurrency quota: exit 2 naming key and limit, nothing written. */
class SignalsBadInputTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private void assertRefused(String config, String... parts) throws Exception {
        console.reset();
        Path configFile = Files.writeString(dir.resolve("c.yaml"), config);
        int code = Main.run("generate", "--template", LambdaSignalsTest.TEMPLATE.toString(), "--config", configFile.toString(),
                "--out", dir.resolve("out").toString());
        assertThat(code).isEqualTo(Main.BAD_INPUT);
        assertThat(console.err()).contains(parts).doesNotContain("\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anAnomalyBandOfZeroOrLessIsRefused() throws Exception {
        assertRefused("defaults:\n  lambda:\n    Invocations: { anomalyBand: 0 }\n", "c.yaml:3",
                "defaults.lambda.Invocations.anomalyBand", "greater than 0");
        assertRefused("businessMetrics:\n  OrdersPlaced: { anomalyBand: -1 }\n", "businessMetrics.OrdersPlaced.anomalyBand",
                "greater than 0");
    }

    @Test
    void anUnknownStatisticOrDirectionIsRefused() throws Exception {
        assertRefused("defaults:\n  lambda:\n    Errors: { statistic: Median }\n", "defaults.lambda.Errors.statistic",
                "unknown statistic 'Median'", "p99");
        assertRefused("businessMetrics:\n  OrdersPlaced: { threshold: 1, direction: sideways }\n",
                "businessMetrics.OrdersPlaced.direction", "above, below or outside");
        assertRefused("businessMetrics:\n  OrdersPlaced: { threshold: 1, direction: outside }\n", "direction outside needs an anomalyBand");
    }

    @Test
    void aThresholdWithABandOrABusinessMetricWithNeitherIsRefused() throws Exception {
        assertRefused("defaults:\n  lambda:\n    Errors: { threshold: 1, anomalyBand: 2 }\n", "defaults.lambda.Errors",
                "threshold and anomalyBand exclude each other");
        assertRefused("businessMetrics:\n  OrdersPlaced: { statistic: Sum }\n", "businessMetrics.OrdersPlaced", "needs a threshold or an anomalyBand");
        assertRefused("businessMetrics:\n  OrdersPlaced: { threshold: 1, periodSeconds: 45 }\n", "businessMetrics.OrdersPlaced",
                "10, 30 or a multiple of 60");
    }

    @Test
    void aQuotaBelowWhatTheTemplateAlreadyClaimsIsRefused() throws Exception {
        // UploadsFunction reserves 50, and Lambda keeps 100 unreserved: at least 150.
        assertRefused("lambdaConcurrencyQuota: 120\n", "c.yaml:1", "lambdaConcurrencyQuota: 120 is below current use",
                "UploadsFunction=50", "at least 150");
    }

    @Test
    void anAsyncInvokedFunctionThatIsNotAFunctionIsRefused() throws Exception {
        assertRefused("asyncInvokedFunctions: [WorkQueue]\n", "asyncInvokedFunctions", "'WorkQueue' is not a function");
    }

    @Test
    void theDefaultQuotaBelowTheTemplatesClaimSkipsTheAccountAlarmAndSaysSo() throws Exception {
        String template = Files.readString(LambdaSignalsTest.TEMPLATE).replace("ReservedConcurrentExecutions: 50",
                "ReservedConcurrentExecutions: 950");
        Path file = Files.writeString(dir.resolve("t.yaml"), template);
        var result = TestSupport.generate(file);
        assertThat(result.alarms()).noneMatch(a -> a.ruleId().equals("ClaimedAccountConcurrency"));
        assertThat(result.skipped()).anyMatch(s -> s.contains("ClaimedAccountConcurrency") && s.contains("set lambdaConcurrencyQuota"));
    }
}
