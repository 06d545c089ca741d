package dev.lambdaobs.dashboardgen.preview.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.preview.data.LocalMetrics;
import dev.lambdaobs.dashboardgen.preview.data.Series;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EvaluateLowSampleCountPercentile as "Percentile-based alarms and low data samples" documents it: from p50 up to
 * (not including) p100 a period with fewer than 10 / (1 - p) samples is low (fewer than 1000 for p99), below p50
 * fewer than 10 / p; {@code ignore} leaves the state as it is, {@code evaluate} evaluates anyway.
 */
class LowSampleCountTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = 1_796_224_920_000L;

    @ParameterizedTest
    @CsvSource({"99, 1000", "90, 100", "50, 20", "97, 334", "99.9, 10000", "75, 40", "49, 21", "25, 40", "10, 100", "1, 1000",
        "100, 0", "0, 0"})
    void theDocumentedNumberOfSamplesAPercentileNeeds(double percentile, int samples) {
        assertThat(LowSampleCount.minimumSamples(percentile)).isEqualTo(samples);
    }

    /** A p50 Duration alarm over one minute with {@code samples} invocations, each taking 500 ms. */
    private static AlarmVerdict p50(int samples, String setting) {
        LocalMetrics metrics = new LocalMetrics();
        for (int i = 0; i < samples; i++) {
            metrics.add("AWS/Lambda", "Duration", Map.of("FunctionName", "orders-PayFunction-AB12"), "Milliseconds", Series.DERIVED,
                    T0 + i * 100, 500);
        }
        ObjectNode alarm = JSON.createObjectNode().put("name", "slow").put("type", "AWS::CloudWatch::Alarm");
        ObjectNode properties = alarm.putObject("properties").put("Namespace", "AWS/Lambda").put("MetricName", "Duration")
                .put("ExtendedStatistic", "p50").put("Period", 60).put("EvaluationPeriods", 1).put("Threshold", 400)
                .put("ComparisonOperator", "GreaterThanThreshold").put("TreatMissingData", "notBreaching");
        properties.putArray("Dimensions").addObject().put("Name", "FunctionName").putObject("Value").put("Ref", "PayFunction");
        if (setting != null) {
            properties.put("EvaluateLowSampleCountPercentile", setting);
        }
        return LocalAlarms.evaluate(JSON.createArrayNode().add(alarm), metrics).verdict("slow");
    }

    @Test
    void ignoreKeepsTheStateWhileTheSampleIsLow() {
        AlarmVerdict low = p50(19, "ignore");
        assertThat(low.state()).isEqualTo(AlarmState.INSUFFICIENT_DATA);
        assertThat(low.reason()).isEqualTo("low sample: p50 needs 20 samples a period, 1 deciding datapoint(s) had 19; "
                + "EvaluateLowSampleCountPercentile: ignore keeps the current state (a new alarm starts in INSUFFICIENT_DATA)");
        assertThat(low.datapoints()).singleElement().satisfies(d -> assertThat(d.value()).isEqualTo(500.0));
        assertThat(p50(20, "ignore").state()).as("20 samples are enough for p50").isEqualTo(AlarmState.ALARM);
    }

    @Test
    void evaluateAndTheDefaultEvaluateAnywaySayingTheSampleWasLow() {
        AlarmVerdict low = p50(19, "evaluate");
        assertThat(low.state()).isEqualTo(AlarmState.ALARM);
        assertThat(low.reason()).isEqualTo("1 of 1 datapoints breaching, 1 needed; low sample: p50 needs 20 samples a period, "
                + "1 deciding datapoint(s) had 19, evaluated anyway (EvaluateLowSampleCountPercentile: evaluate)");
        assertThat(p50(19, null).reason()).isEqualTo(low.reason());
        assertThat(p50(20, "evaluate").reason()).isEqualTo("1 of 1 datapoints breaching, 1 needed");
    }

    @Test
    void anUnknownSettingIsNotEvaluated() {
        AlarmVerdict verdict = p50(19, "skip");
        assertThat(verdict.shownState()).isEqualTo("NOT EVALUATED");
        assertThat(verdict.reason()).isEqualTo("not evaluated locally: EvaluateLowSampleCountPercentile 'skip' is neither evaluate nor ignore");
    }
}
