package dev.lambdaobs.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendRoundsTest {
    @Test
    void takesTheRatiosWithinEachRoundAndTheirMedian() {
        // A slow round and a fast one: pooled, otel's fast samples would meet xray's slow ones.
        BackendRounds rounds = BackendRounds.of(List.of(
                new BackendRounds.Round(20, 40, 44),
                new BackendRounds.Round(40, 80, 80),
                new BackendRounds.Round(30, 50, 60)));

        assertThat(rounds.rounds().get(0).overheadRatio()).isCloseTo(20.0 / 24, within(1e-9));
        assertThat(rounds.overheadRatio().median()).isCloseTo(20.0 / 24, within(1e-9));
        assertThat(rounds.wholeRatio().median()).isCloseTo(40.0 / 44, within(1e-9));
        assertThat(rounds.overheadBelowOne()).isEqualTo(2);
        assertThat(rounds.wholeBelowOne()).isEqualTo(2);
    }

    @Test
    void readsEachRoundsJmhMedianByVariantName() {
        List<Map<String, List<JmhRun.Score>>> scores = List.of(Map.of(
                Variant.BARE, List.of(score(10, 12, 11)),
                Variant.OURS, List.of(score(30, 31, 29)),
                Variant.OURS_XRAY, List.of(score(32, 33, 31))));

        BackendRounds.Round round = BackendRounds.fromScores(scores).rounds().get(0);

        assertThat(round).isEqualTo(new BackendRounds.Round(11, 30, 32));
    }

    @Test
    void refusesARoundThatMissesAVariant() {
        List<Map<String, List<JmhRun.Score>>> scores = List.of(Map.of(Variant.BARE, List.of(score(1))));

        assertThatThrownBy(() -> BackendRounds.fromScores(scores)).hasMessageContaining(Variant.OURS);
        assertThatThrownBy(() -> BackendRounds.of(List.of())).hasMessageContaining("no rounds");
    }

    private static JmhRun.Score score(double... samples) {
        List<Double> times = java.util.Arrays.stream(samples).boxed().toList();
        return new JmhRun.Score("b.WarmInvocationBenchmark.invoke", Map.of(), times, "us/op", List.of());
    }
}
