package dev.lambdaobs.benchmarks.harness;

import java.util.List;
import java.util.Map;

/**
 * Our two tracing backends compared round by round: in each round of the paired JMH run the bare handler, (b) on
 * OpenTelemetry and (b') on the X-Ray SDK ran one fork each, one after the other, so each round's ratios compare
 * forks that met the same host phase (this host alternates for minutes between phases near 30 and near 50 µs per
 * invocation, which decides unpaired comparisons of two forks each). The verdict is the median of the per-round
 * ratios, with how many rounds are below 1.
 *
 * <p>Example: {@code BackendRounds.of(List.of(new Round(20, 40, 44))).overheadRatio().median(); // 0.83}
 */
record BackendRounds(List<Round> rounds) {
    /** One round's medians, µs per invocation. */
    record Round(double bare, double otel, double xray) {
        double wholeRatio() {
            return otel / xray;
        }

        double overheadRatio() {
            return (otel - bare) / (xray - bare);
        }
    }

    static BackendRounds of(List<Round> rounds) {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("no rounds");
        }
        return new BackendRounds(List.copyOf(rounds));
    }

    /** The rounds of a paired run: each selection's JMH median in that round (the names are {@link Variant}'s). */
    static BackendRounds fromScores(List<Map<String, List<JmhRun.Score>>> rounds) {
        return of(rounds.stream().map(round -> new Round(median(round, Variant.BARE), median(round, Variant.OURS),
                median(round, Variant.OURS_XRAY))).toList());
    }

    private static double median(Map<String, List<JmhRun.Score>> round, String name) {
        List<JmhRun.Score> scores = round.get(name);
        if (scores == null || scores.size() != 1) {
            throw new IllegalArgumentException("round without exactly one score for " + name + ": " + round.keySet());
        }
        return scores.get(0).time().median();
    }

    Stats wholeRatio() {
        return Stats.of(rounds.stream().map(Round::wholeRatio).toList());
    }

    Stats overheadRatio() {
        return Stats.of(rounds.stream().map(Round::overheadRatio).toList());
    }

    long wholeBelowOne() {
        return rounds.stream().filter(r -> r.wholeRatio() < 1).count();
    }

    long overheadBelowOne() {
        return rounds.stream().filter(r -> r.overheadRatio() < 1).count();
    }
}
