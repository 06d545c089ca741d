package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.dashboard.DashboardDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 points 3 and 7: anomaly detection bands opted into per rule, statistic/percentile and runbook overrides, and
 * business metrics (a SEARCH over everything the service emits, alarms on the ones the config names).
 */
class AnomalyAndBusinessTest {
    static String config() {
        try {
            return Files.readString(TestSupport.resource("signals/signals-config.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GenerationResult generate(String config) {
        return TestSupport.generate(LambdaSignalsTest.TEMPLATE, config, Mode.MERGE, false);
    }

    @Test
    void anAnomalyBandOnARuleMakesAnAnomalyDetectionAlarmAndOnlyThen() {
        GenerationResult result = generate(config());
        JsonNode invocations = LambdaSignalsTest.alarm(result, "QuietFunction", "Invocations").properties();
        assertThat(invocations.has("Threshold")).isFalse();
        assertThat(invocations.path("ThresholdMetricId").asText()).isEqualTo("ad1");
        assertThat(invocations.path("ComparisonOperator").asText()).isEqualTo("LessThanLowerOrGreaterThanUpperThreshold");
        JsonNode metrics = invocations.path("Metrics");
        assertThat(metrics.get(0).path("Id").asText()).isEqualTo("m1");
        assertThat(metrics.get(0).path("ReturnData").asBoolean()).isTrue();
        assertThat(metrics.get(0).path("MetricStat").path("Metric").path("MetricName").asText()).isEqualTo("Invocations");
        assertThat(metrics.get(1).path("Expression").asText()).isEqualTo("ANOMALY_DETECTION_BAND(m1, 2)");
        assertThat(LambdaSignalsTest.alarm(result, "QuietFunction", "Invocations").threshold()).isEmpty();

        GenerationResult without = generate("service: orders\n");
        assertThat(TestSupport.ruleIds(without, "QuietFunction")).doesNotContain("Invocations");
        assertThat(without.skipped()).noneMatch(s -> s.contains("Invocations"));
    }

    @Test
    void aBandOnAMathRuleWatchesItsExpressionAndAMoreSpecificThresholdReplacesIt() {
        GenerationResult result = generate("defaults:\n  lambda:\n    ThrottleRate: { anomalyBand: 3 }\nresources:\n"
                + "  QuietFunction: { alarms: { ThrottleRate: { threshold: 5 } } }\n");
        JsonNode band = LambdaSignalsTest.alarm(result, "ReportFunction", "ThrottleRate").properties();
        assertThat(band.path("Metrics").get(3).path("Expression").asText()).isEqualTo("ANOMALY_DETECTION_BAND(e1, 3)");
        assertThat(band.path("ComparisonOperator").asText()).isEqualTo("GreaterThanUpperThreshold");
        JsonNode fixed = LambdaSignalsTest.alarm(result, "QuietFunction", "ThrottleRate").properties();
        assertThat(fixed.path("Threshold").asDouble()).isEqualTo(5);
        assertThat(fixed.has("ThresholdMetricId")).isFalse();
    }

    @Test
    void aRuleOverrideSetsTheStatisticOrPercentileAndItsOwnRunbook() {
        GenerationResult result = generate(config());
        JsonNode errors = LambdaSignalsTest.alarm(result, "QuietFunction", "Errors").properties();
        assertThat(errors.path("Statistic").asText()).isEqualTo("Maximum");
        assertThat(errors.path("AlarmDescription").asText()).endsWith("Runbook: https://wiki.example.com/orders/errors")
                .doesNotContain("orders/runbook");
        JsonNode duration = LambdaSignalsTest.alarm(result, "QuietFunction", "DurationNearTimeout").properties();
        assertThat(duration.path("ExtendedStatistic").asText()).isEqualTo("p95");
        assertThat(duration.has("Statistic")).isFalse();
        assertThat(duration.path("AlarmDescription").asText()).endsWith("Runbook: https://wiki.example.com/orders/runbook");

        assertThatThrownBy(() -> generate("defaults:\n  lambda:\n    ThrottleRate: { statistic: Average }\n"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("statistic override")
                .hasMessageContaining("ThrottleRate");
    }

    @Test
    void businessMetricsAreAlarmedInTheServiceNamespaceWithItsServiceDimension() {
        GenerationResult result = generate(config());
        JsonNode latency = LambdaSignalsTest.alarm(result, "Business", "PaymentLatency").properties();
        assertThat(latency.path("Namespace").asText()).isEqualTo("Orders");
        assertThat(latency.path("MetricName").asText()).isEqualTo("PaymentLatency");
        assertThat(latency.path("Dimensions").toString()).isEqualTo("[{\"Name\":\"Service\",\"Value\":\"orders\"}]");
        assertThat(latency.path("ExtendedStatistic").asText()).isEqualTo("p99");
        assertThat(latency.path("Threshold").asDouble()).isEqualTo(800);
        assertThat(latency.path("ComparisonOperator").asText()).isEqualTo("GreaterThanThreshold");
        assertThat(latency.path("AlarmDescription").asText()).startsWith("[CRITICAL]").endsWith("orders/payments");

        AlarmDefinition placed = LambdaSignalsTest.alarm(result, "Business", "OrdersPlaced");
        JsonNode band = placed.properties();
        assertThat(band.path("ComparisonOperator").asText()).isEqualTo("LessThanLowerThreshold");
        assertThat(band.path("Metrics").get(0).path("MetricStat").path("Metric").path("Namespace").asText()).isEqualTo("Orders");
        assertThat(band.path("Metrics").get(0).path("MetricStat").path("Period").asInt()).isEqualTo(300);
        assertThat(band.path("Metrics").get(1).path("Expression").asText()).isEqualTo("ANOMALY_DETECTION_BAND(m1, 2.5)");
        // Business alarms page through the composites like every other alarm.
        AlarmDefinition warning = result.alarms().stream().filter(a -> a.ruleId().equals("Warning")).findFirst().orElseThrow();
        assertThat(warning.properties().path("AlarmRule").toString()).contains("Business-OrdersPlaced");
    }

    @Test
    void theSummaryDashboardSearchesEveryMetricTheServiceEmits() {
        GenerationResult result = generate(config());
        DashboardDefinition summary = result.dashboards().get(0);
        String body = summary.body().toString();
        assertThat(body).contains("SEARCH('Namespace=\\\"Orders\\\" Service=\\\"orders\\\"', 'Sum', 300)")
                .contains("SEARCH('Namespace=\\\"Orders\\\" Service=\\\"orders\\\"', 'Average', 300)")
                .contains("Business metric alarms");
    }
}
