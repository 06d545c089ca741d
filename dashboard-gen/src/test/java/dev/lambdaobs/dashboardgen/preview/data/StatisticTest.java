package dev.lambdaobs.dashboardgen.preview.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each statistic against CloudWatch's definitions, on the values 1..10 (and a few of their own). */
class StatisticTest {
    private static final double[] ONE_TO_TEN = {7, 3, 10, 1, 5, 9, 2, 8, 4, 6};

    @ParameterizedTest(name = "{0} of 1..10 = {1}")
    @CsvSource({
            "SampleCount, 10", "Sum, 55", "Average, 5.5", "Minimum, 1", "Maximum, 10",
            "p50, 5", "p90, 9", "p99, 10", "p10, 1", "p100, 10",
            // tm90: the mean after removing the highest 10% (10): mean of 1..9
            "tm90, 5", "TM(10%:90%), 5.5", "TM(:50%), 3", "IQM, 5.5",
            // TM with values: lower bound exclusive, upper inclusive: (2, 5] -> 3, 4, 5
            "TM(2:5), 4",
            // wm90: the top 10% counted as the 90th percentile's value (9): (45 + 9) / 10
            "wm90, 5.4", "WM(10%:90%), 5.5",
            "tc90, 9", "TC(2:5), 3", "TC(:5), 5",
            "ts90, 45", "TS(80%:), 19", "TS(2:5), 12",
            // percentile rank: share of values at or below 3, and in (3, 8]
            "PR(:3), 30", "PR(3:8), 50"})
    void computesAsCloudWatchDefinesIt(String statistic, double expected) {
        assertThat(Statistic.parse(statistic).compute(ONE_TO_TEN)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void percentileOfFewSamplesIsTheNearestRank() {
        assertThat(Statistic.parse("p99").compute(new double[] {12, 900, 15})).isEqualTo(900);
        assertThat(Statistic.parse("p50").compute(new double[] {12, 900, 15})).isEqualTo(15);
        assertThat(Statistic.parse("p99.9").compute(new double[] {1})).isEqualTo(1);
    }

    @Test
    void trimmedMeanOfNothingIsNoNumber() {
        assertThat(Statistic.parse("TM(100:200)").compute(new double[] {1, 2})).isNaN();
        assertThat(Statistic.parse("TC(100:200)").compute(new double[] {1, 2})).isZero();
    }

    @Test
    void unknownStatisticsAreRefusedByName() {
        assertThatThrownBy(() -> Statistic.parse("Median")).hasMessage("unknown statistic Median");
        assertThatThrownBy(() -> Statistic.parse("TM(5%:90)")).hasMessage("unknown statistic TM(5%:90)");
        assertThatThrownBy(() -> Statistic.parse("sum")).hasMessage("unknown statistic sum");
    }
}
