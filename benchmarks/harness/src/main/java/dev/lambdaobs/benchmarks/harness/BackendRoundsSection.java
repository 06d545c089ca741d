package dev.lambdaobs.benchmarks.harness;

import java.util.Locale;

/** RESULTS.md: the warm cost of our two tracing backends, JMH forks paired by round ({@link BackendRounds}). */
final class BackendRoundsSection {
    private final Results results;

    BackendRoundsSection(Results results) {
        this.results = results;
    }

    void appendTo(StringBuilder out) {
        out.append("### Tracing backends, JMH forks paired by round (`WarmInvocationBenchmark`)\n\n");
        BackendRounds paired = results.backendRounds;
        if (paired == null) {
            out.append("Not measured in this run (phase `backends`, with variants (a), (b) and (b') built).\n\n");
            return;
        }
        JmhRun.Plan plan = results.options.jmhPairedPlan();
        out.append("Each round runs one fork each of (a), (b) on OpenTelemetry and (b') on the X-Ray SDK, one after the")
                .append(" other (the order reverses every round), each ").append(plan.iterations()).append(" iterations of ")
                .append(plan.seconds()).append(" s after ").append(plan.warmups())
                .append(" warm-up iterations; the ratios are taken within each round, so both sides of a ratio met the")
                .append(" same phase of the host.\n\n");
        Table table = new Table("Round", "(a) bare µs/op", "(b) otel µs/op", "(b') xray-sdk µs/op",
                "Whole invocation otel / xray-sdk", "Overhead over bare otel / xray-sdk");
        int index = 1;
        for (BackendRounds.Round round : paired.rounds()) {
            table.row(Integer.toString(index++), Stats.format(round.bare(), 2), Stats.format(round.otel(), 2),
                    Stats.format(round.xray(), 2), ratio(round.wholeRatio()), ratio(round.overheadRatio()));
        }
        table.row("**median [p25–p75]**", "", "", "", "**" + paired.wholeRatio().medianWithIqr(3) + "**",
                "**" + paired.overheadRatio().medianWithIqr(3) + "**");
        table.appendTo(out);
        int rounds = paired.rounds().size();
        out.append(String.format(Locale.ROOT, "Rounds below 1: whole invocation %d of %d, overhead %d of %d.%n%n",
                paired.wholeBelowOne(), rounds, paired.overheadBelowOne(), rounds));
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
