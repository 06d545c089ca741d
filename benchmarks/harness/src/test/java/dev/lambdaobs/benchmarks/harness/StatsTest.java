package dev.lambdaobs.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void medianAndQuartilesInterpolateBetweenRanks() {
        Stats stats = Stats.of(List.of(40.0, 10.0, 30.0, 20.0));

        assertThat(stats.median()).isEqualTo(25.0);
        assertThat(stats.p25()).isEqualTo(17.5);
        assertThat(stats.p75()).isEqualTo(32.5);
        assertThat(stats.min()).isEqualTo(10.0);
        assertThat(stats.max()).isEqualTo(40.0);
        assertThat(stats.medianWithIqr(1)).isEqualTo("25.0 [17.5–32.5]");
    }

    @Test
    void oneSampleIsItsOwnMedian() {
        assertThat(Stats.of(List.of(7.0)).median()).isEqualTo(7.0);
    }

    @Test
    void noSamplesIsAnError() {
        assertThatThrownBy(() -> Stats.of(List.of())).hasMessageContaining("no samples");
    }

    @Test
    void overheadRatioIsShareOfThePeersOverhead() {
        assertThat(Compare.overheadRatioValue(130.0, 330.0, 30.0)).isEqualTo(1.0 / 3);
        assertThat(Compare.overheadRatio(null, 330.0, 30.0)).isEqualTo(Compare.NONE);
        assertThat(Compare.overhead(35.0, 30.0, 0)).isEqualTo("+5");
    }
}
