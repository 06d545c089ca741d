package dev.lambdaobs.benchmarks.harness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RESULTS.md: warm per-invocation cost, by JMH (time and allocation) and by the baseline's in-JVM loop. */
final class WarmSection {
    private final Results results;

    WarmSection(Results results) {
        this.results = results;
    }

    /** JMH median µs/op per variant name (the figure the warm target is judged on). */
    static Map<String, Double> jmhMedians(Results results) {
        Map<String, Double> medians = new LinkedHashMap<>();
        results.jmhWarm.forEach((name, score) -> medians.put(name, score.time().median()));
        return medians;
    }

    void appendTo(StringBuilder out) {
        out.append("## Warm cost per invocation\n\n");
        jmh(out);
        new BackendRoundsSection(results).appendTo(out);
        loop(out);
    }

    private void jmh(StringBuilder out) {
        out.append("### JMH (`WarmInvocationBenchmark`, `-prof gc`, Lambda flags in the forks)\n\n");
        if (results.jmhWarm.isEmpty()) {
            out.append("Not measured in this run.\n\n");
            return;
        }
        JmhRun.Plan plan = results.options.jmhPlan();
        out.append("Each invocation after the cold one, with its own request id and trace header, stdout discarded. ")
                .append(plan.forks()).append(" forks per variant (one JMH run each, variants in A B C D D C B A order) × ").append(plan.iterations()).append(" iterations of ")
                .append(plan.seconds()).append(" s after ").append(plan.warmups())
                .append(" warm-up iterations; spread is over iterations.\n\n");
        Map<String, Double> medians = jmhMedians(results);
        Table table = new Table("Variant", "µs/op: median [p25–p75]", "Allocated B/op", "Overhead over bare, µs",
                "Overhead vs Powertools' overhead", "vs raw libraries");
        results.jmhWarm.forEach((name, score) -> table.row(results.variant(name).label(),
                score.time().medianWithIqr(2), Stats.format(score.allocBytesPerOp(), 0),
                Compare.overhead(medians.get(name), medians.get(Variant.BARE), 2),
                Compare.overheadRatio(medians.get(name), medians.get(Variant.POWERTOOLS), medians.get(Variant.BARE)),
                Compare.ratio(medians.get(name), medians.get(Variant.RAW))));
        table.appendTo(out);
    }

    private void loop(StringBuilder out) {
        out.append("### Baseline method (in one JVM: ").append(results.options.warmLoopInvocations())
                .append(" invocations, mean of the last half; one figure per JVM)\n\n");
        if (results.warmLoop.isEmpty()) {
            out.append("Not measured in this run.\n\n");
            return;
        }
        Map<String, List<Double>> loop = results.warmLoop;
        Double bare = ResultsReport.median(loop, Variant.BARE);
        Double peer = ResultsReport.median(loop, Variant.POWERTOOLS);
        Table table = new Table("Variant", "JVMs", "µs/invocation: median [p25–p75]", "min–max", "Overhead over bare, µs",
                "Overhead vs Powertools' overhead");
        loop.forEach((name, samples) -> {
            Stats stats = Stats.of(samples);
            table.row(results.variant(name).label(), Integer.toString(stats.count()), stats.medianWithIqr(2),
                    stats.range(2), Compare.overhead(stats.median(), bare, 2),
                    Compare.overheadRatio(stats.median(), peer, bare));
        });
        table.appendTo(out);
    }
}
