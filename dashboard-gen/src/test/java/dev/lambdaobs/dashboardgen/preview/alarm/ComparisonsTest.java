package dev.lambdaobs.dashboardgen.preview.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each ComparisonOperator of PutMetricAlarm against a threshold of 10, below, at and above it. */
class ComparisonsTest {
    @ParameterizedTest(name = "{0}: 9 {1}, 10 {2}, 11 {3}")
    @CsvSource({
            "GreaterThanThreshold, false, false, true",
            "GreaterThanOrEqualToThreshold, false, true, true",
            "LessThanThreshold, true, false, false",
            "LessThanOrEqualToThreshold, true, true, false"})
    void breachesOnTheSideItNamesWithTheThresholdItselfOnlyForTheOrEqualOnes(String operator, boolean below, boolean at,
            boolean above) {
        var breaches = Comparisons.breaching(operator, 10);
        assertThat(breaches.test(9)).isEqualTo(below);
        assertThat(breaches.test(10)).isEqualTo(at);
        assertThat(breaches.test(11)).isEqualTo(above);
    }

    @ParameterizedTest
    @CsvSource({"LessThanLowerOrGreaterThanUpperThreshold", "LessThanLowerThreshold", "GreaterThanUpperThreshold", "Unknown"})
    void anomalyBandsHaveNoLocalTest(String operator) {
        assertThat(Comparisons.breaching(operator, 10)).isNull();
        assertThat(Comparisons.symbol(operator)).isEqualTo(operator);
    }

    @Test
    void thresholdsReadAsWritten() {
        assertThat(Comparisons.symbol("LessThanOrEqualToThreshold")).isEqualTo("<=");
        assertThat(Comparisons.number(13500)).isEqualTo("13500");
        assertThat(Comparisons.number(0.05)).isEqualTo("0.05");
    }
}
