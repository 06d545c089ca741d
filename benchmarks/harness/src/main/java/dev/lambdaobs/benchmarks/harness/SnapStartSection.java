package dev.lambdaobs.benchmarks.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** RESULTS.md: the first invocation after SnapStart priming, without it, and warm; ours and Powertools'. */
final class SnapStartSection {
    /** Issue 17: our primed first invocation at most this many times our warm invocation. */
    static final double FIRST_OVER_WARM = 2.0;
    private final Results results;

    SnapStartSection(Results results) {
        this.results = results;
    }

    void appendTo(StringBuilder out) {
        out.append("## SnapStart priming (first invocation after the restore)\n\n");
        Map<String, List<SnapStartBench.Sample>> samples = results.snapStart;
        if (samples.isEmpty()) {
            out.append("Not measured in this run.\n\n");
            return;
        }
        out.append("One JVM per figure, `AWS_LAMBDA_INITIALIZATION_TYPE=snap-start`, the Lambda flags; each variant's ")
                .append("`PrimedOrderHandler` is built (init), background start-up awaited, then `primed`: the hooks ")
                .append("registered with `org.crac` run as a CRaC JVM runs them around a checkpoint and restore, in the ")
                .append("same JVM (no real snapshot: its restore and page faults are not in these figures). Then the ")
                .append("first invocation is timed, then ").append(results.options.snapStartInvocations())
                .append(" more (warm: mean of the last half). Ours: the functional form with ")
                .append("`snapStartPriming(...)`; Powertools 2.9.0: `MetricsFactory`'s own CRaC resource (logging-log4j ")
                .append("2.9.0 and tracing 1.18.0 have none). Under `snap-start` ours reports the first invocation ")
                .append("as the cold start (ColdStart metric); Powertools reports none. The hooks' time is what ")
                .append("priming (before the checkpoint) and reseeding (after the restore) add to the function's init, ")
                .append("which SnapStart runs once per published version.\n\n");
        Table table = new Table("Variant", "Mode", "JVMs", "Hooks", "Hooks' time (init) ms: median",
                "1st invocation µs: median [p25–p75]", "Warm µs: median", "1st / warm");
        samples.forEach((key, list) -> {
            Stats first = Stats.of(list.stream().map(SnapStartBench.Sample::firstMicros).toList());
            Stats warm = Stats.of(list.stream().map(SnapStartBench.Sample::warmMicros).toList());
            Stats hooks = Stats.of(list.stream().map(s -> s.hooksMicros() / 1_000.0).toList());
            String name = key.substring(0, key.indexOf(' '));
            Variant variant = results.variant(name);
            table.row(variant == null ? name : variant.label(), key.substring(key.indexOf(' ') + 1),
                    Integer.toString(list.size()), Integer.toString(list.get(0).hooks()), Stats.format(hooks.median(), 1),
                    first.medianWithIqr(0),
                    Stats.format(warm.median(), 1), Compare.ratio(first.median(), warm.median()));
        });
        table.appendTo(out);
        appendSequences(out, samples);
        Double oursFirst = median(SnapStartBench.key(Variant.OURS, "primed"), true);
        Double oursWarm = median(SnapStartBench.key(Variant.OURS, "primed"), false);
        Double peerFirst = median(SnapStartBench.key(Variant.POWERTOOLS, "primed"), true);
        out.append("- Goal: our primed first invocation ≤ ").append(FIRST_OVER_WARM).append("x our warm invocation: ")
                .append(verdict(oursFirst, oursWarm, FIRST_OVER_WARM)).append('\n');
        out.append("- Goal: our primed first invocation ≤ Powertools' primed first invocation: ")
                .append(verdict(oursFirst, peerFirst, 1.0)).append("\n\n");
    }

    /**
     * Invocations 1 to 8 one by one, and in the thread's CPU time, which on a shared machine leaves out the time
     * an invocation waited for a core: what only the first invocation pays, against what the next ones still do.
     * Beside them, a warm invocation right after the CPU caches were trashed: the floor no priming removes.
     */
    private void appendSequences(StringBuilder out, Map<String, List<SnapStartBench.Sample>> samples) {
        Table table = new Table("Variant", "Mode", "Invocations 1–8, µs: median of each", "Same, thread CPU µs",
                "Warm, CPU µs", "1st / warm, CPU", "Warm after trashing the caches, CPU µs", "Its / warm",
                "Same, each a cold start after the restore hook, CPU µs", "1st / that");
        samples.forEach((key, list) -> {
            String name = key.substring(0, key.indexOf(' '));
            Variant variant = results.variant(name);
            double firstCpu = medianAt(list, SnapStartBench.Sample::sequenceCpuMicros, 0);
            double warmCpu = Stats.of(list.stream().map(SnapStartBench.Sample::warmCpuMicros).toList()).median();
            List<Double> cacheCold = list.stream().map(SnapStartBench.Sample::cacheColdCpuMicros)
                    .filter(micros -> !micros.isNaN()).toList();
            double cacheColdCpu = cacheCold.isEmpty() ? Double.NaN : Stats.of(cacheCold).median();
            List<Double> restored = list.stream().map(SnapStartBench.Sample::restoredCacheColdCpuMicros)
                    .filter(micros -> !micros.isNaN()).toList();
            double restoredCpu = restored.isEmpty() ? Double.NaN : Stats.of(restored).median();
            table.row(variant == null ? name : variant.label(), key.substring(key.indexOf(' ') + 1),
                    sequence(list, SnapStartBench.Sample::sequenceMicros),
                    sequence(list, SnapStartBench.Sample::sequenceCpuMicros), Stats.format(warmCpu, 1),
                    Compare.ratio(firstCpu, warmCpu),
                    cacheCold.isEmpty() ? "not measured" : Stats.format(cacheColdCpu, 1),
                    cacheCold.isEmpty() ? "" : Compare.ratio(cacheColdCpu, warmCpu),
                    restored.isEmpty() ? "not measured" : Stats.format(restoredCpu, 1),
                    restored.isEmpty() ? "" : Compare.ratio(firstCpu, restoredCpu));
        });
        table.appendTo(out);
    }

    private static String sequence(List<SnapStartBench.Sample> list,
                                   Function<SnapStartBench.Sample, List<Double>> figures) {
        int length = list.stream().mapToInt(sample -> figures.apply(sample).size()).min().orElse(0);
        List<String> medians = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            medians.add(Stats.format(medianAt(list, figures, i), 0));
        }
        return String.join(", ", medians);
    }

    private static double medianAt(List<SnapStartBench.Sample> list,
                                   Function<SnapStartBench.Sample, List<Double>> figures, int index) {
        return Stats.of(list.stream().map(sample -> figures.apply(sample).get(index)).toList()).median();
    }

    private Double median(String key, boolean first) {
        List<SnapStartBench.Sample> list = results.snapStart.get(key);
        if (list == null || list.isEmpty()) {
            return null;
        }
        return Stats.of(list.stream().map(s -> first ? s.firstMicros() : s.warmMicros()).toList()).median();
    }

    private static String verdict(Double value, Double reference, double limit) {
        if (value == null || reference == null || reference == 0) {
            return "not measured";
        }
        double ratio = value / reference;
        return String.format(Locale.ROOT, "%.0f µs vs %.1f µs → %.2fx, ", value, reference, ratio)
                + (ratio <= limit ? "met" : "**missed**");
    }
}
