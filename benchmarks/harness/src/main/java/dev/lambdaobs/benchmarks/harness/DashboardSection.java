package dev.lambdaobs.benchmarks.harness;

/** RESULTS.md: dashboard-gen on the whole corpus and on the generated 1,000-function template. */
final class DashboardSection {
    private final Results results;

    DashboardSection(Results results) {
        this.results = results;
    }

    void appendTo(StringBuilder out) {
        out.append("## dashboard-gen (one JVM per run, default JVM flags)\n\n");
        if (results.dashboard.isEmpty()) {
            out.append("Not measured in this run (see the notes above).\n\n");
            return;
        }
        Table table = new Table("Input", "Runs", "Exit codes", "Templates accepted / rejected", "Wall, ms: median [p25–p75]",
                "JVM start → exit, ms: median", "Peak RSS, MiB: median", "Peak heap, MiB: median (sum of pool peaks)");
        for (DashboardGenBench.Result result : results.dashboard) {
            table.row(result.input(), Integer.toString(result.wallMs().size()), result.exitCodes().toString(),
                    result.corpusVerdict().isEmpty() ? Compare.NONE : result.corpusVerdict(),
                    Stats.of(result.wallMs()).medianWithIqr(0), median(result.elapsedMs()),
                    median(result.peakRssMb()), median(result.peakHeapMb()));
        }
        table.appendTo(out);
        for (DashboardGenBench.Result result : results.dashboard) {
            if (result.exitCodes().stream().anyMatch(code -> code != 0)) {
                out.append("stderr of the last `").append(result.input()).append("` run (end):\n\n```\n")
                        .append(result.stderrTail().strip()).append("\n```\n\n");
            }
        }
    }

    private static String median(java.util.List<Double> samples) {
        return samples.isEmpty() ? Compare.NONE : Stats.format(Stats.of(samples).median(), 0);
    }
}
