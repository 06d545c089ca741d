package dev.lambdaobs.benchmarks.harness;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** RESULTS.md: each target of issue 9 against this run's figures: met, missed (by how much) or not measured. */
final class TargetsSection {
    private static final double OVERHEAD_SHARE = 0.5;
    private static final double LOG_EVENT_RATIO = 1.1;
    private static final double EMF_FLUSH_RATIO = 1.2;
    private static final double GARBAGE_FREE_BYTES = 1.0;
    private static final double CORPUS_MS = 10_000;
    private final Results results;

    TargetsSection(Results results) {
        this.results = results;
    }

    void appendTo(StringBuilder out) {
        out.append("## Targets (issue 9)\n\n");
        Table table = new Table("Target", "This run", "Verdict");
        overhead(table, "Cold-start overhead over bare ≤ 0.5× Powertools' overhead",
                coldMedians(), "ms");
        overhead(table, "Warm overhead over bare ≤ 0.5× Powertools' overhead (JMH)", WarmSection.jmhMedians(results),
                "µs");
        ratio(table, "Log event ≤ 1.1× raw JsonTemplateLayout", MicroSection.LOG_EVENT, LOG_EVENT_RATIO);
        garbageFree(table);
        ratio(table, "EMF flush ≤ 1.2× raw aws-embedded-metrics", MicroSection.EMF_FLUSH, EMF_FLUSH_RATIO);
        corpus(table);
        table.appendTo(out);
    }

    private void overhead(Table table, String target, Map<String, Double> medians, String unit) {
        Double bare = medians.get(Variant.BARE);
        Double ours = medians.get(Variant.OURS);
        Double peer = medians.get(Variant.POWERTOOLS);
        Double share = Compare.overheadRatioValue(ours, peer, bare);
        if (share == null) {
            table.row(target, Compare.NONE, "not measured" + (ours == null ? " (variant (b) not built)" : ""));
            return;
        }
        String figure = String.format(Locale.ROOT, "ours +%.1f %s, Powertools +%.1f %s → %.2fx", ours - bare, unit,
                peer - bare, unit, share);
        table.row(target, figure, verdict(share, OVERHEAD_SHARE));
    }

    private void ratio(Table table, String target, String figure, double limit) {
        Optional<JmhRun.Score> raw = MicroSection.find(results, "Raw", figure);
        Optional<JmhRun.Score> ours = MicroSection.find(results, "Ours", figure);
        if (raw.isEmpty() || ours.isEmpty()) {
            table.row(target, Compare.NONE, "not measured");
            return;
        }
        double ratio = ours.get().time().median() / raw.get().time().median();
        table.row(target, String.format(Locale.ROOT, "%.0f ns vs %.0f ns → %.2fx", ours.get().time().median(),
                raw.get().time().median(), ratio), verdict(ratio, limit));
    }

    private void garbageFree(Table table) {
        String target = "Log event garbage-free in steady state (< 1 B/op)";
        Optional<JmhRun.Score> ours = MicroSection.find(results, "Ours", MicroSection.LOG_EVENT);
        if (ours.isEmpty()) {
            table.row(target, Compare.NONE, "not measured");
            return;
        }
        double bytes = ours.get().allocBytesPerOp();
        table.row(target, Stats.format(bytes, 1) + " B/op", bytes < GARBAGE_FREE_BYTES ? "met"
                : "**missed** (" + Stats.format(bytes, 0) + " B allocated per event)");
    }

    private void corpus(Table table) {
        String target = "Whole serverless-patterns corpus in one JVM < 10 s";
        Optional<DashboardGenBench.Result> corpus = results.dashboard.stream()
                .filter(r -> r.input().startsWith("corpus")).findFirst();
        if (corpus.isEmpty()) {
            table.row(target, Compare.NONE, "not measured");
            return;
        }
        double wall = Stats.of(corpus.get().wallMs()).median();
        table.row(target, Stats.format(wall, 0) + " ms wall (exit codes " + corpus.get().exitCodes() + ")",
                verdict(wall / CORPUS_MS, 1.0));
    }

    private static String verdict(double value, double limit) {
        return value <= limit ? "met" : String.format(Locale.ROOT, "**missed** (%.2fx of the allowed)", value / limit);
    }

    private Map<String, Double> coldMedians() {
        Map<String, Double> medians = new HashMap<>();
        if (results.cold != null) {
            results.cold.inProcessMs().forEach((name, samples) -> medians.put(name, Stats.of(samples).median()));
        }
        return medians;
    }
}
