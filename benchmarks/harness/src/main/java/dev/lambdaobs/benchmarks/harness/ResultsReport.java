package dev.lambdaobs.benchmarks.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Writes RESULTS.md: how it was measured, the targets, then each figure (median, spread, ratio against the
 * peer measured in the same run), the output checks and the hand-written diagnosis notes.
 */
final class ResultsReport {
    static final String CLI_SPEED_START = "<!-- cli-speed:start -->";
    static final String CLI_SPEED_END = "<!-- cli-speed:end -->";
    private final Results results;

    ResultsReport(Results results) {
        this.results = results;
    }

    void write() throws IOException {
        StringBuilder out = new StringBuilder();
        header(out);
        new TargetsSection(results).appendTo(out);
        coldStart(out);
        classes(out);
        new WarmSection(results).appendTo(out);
        new MicroSection(results).appendTo(out);
        new DashboardSection(results).appendTo(out);
        checks(out);
        new PartsSection(results).appendTo(out);
        new SnapStartSection(results).appendTo(out);
        if (results.options.notes() != null && Files.exists(results.options.notes())) {
            out.append(Files.readString(results.options.notes(), StandardCharsets.UTF_8)).append('\n');
        }
        keepCliSpeed(out);
        Files.writeString(results.options.out(), out.toString(), StandardCharsets.UTF_8);
    }

    /** The section benchmarks/dashboard-gen/run-cli-speed.sh writes between its markers survives this report. */
    private void keepCliSpeed(StringBuilder out) throws IOException {
        if (!Files.exists(results.options.out())) {
            return;
        }
        String previous = Files.readString(results.options.out(), StandardCharsets.UTF_8);
        int start = previous.indexOf(CLI_SPEED_START);
        int end = previous.indexOf(CLI_SPEED_END);
        if (start >= 0 && end > start) {
            out.append('\n').append(previous, start, end + CLI_SPEED_END.length()).append('\n');
        }
    }

    private void header(StringBuilder out) {
        Options options = results.options;
        out.append("# Benchmark results: lambdaobs vs Powertools for AWS Lambda (Java)\n\n");
        if (options.quick()) {
            out.append("> **Quick mode** (`--quick`): 15 cold runs per variant, 3 warm-loop JVMs, JMH 2 forks × 5 "
                    + "iterations of 1 s. Run without `--quick` for the full figures.\n\n");
        }
        out.append("> Measured on a shared 2-core machine: load average (1/5/15 min) ")
                .append(results.before.loadAverage()).append(" at the start, ").append(results.after.loadAverage())
                .append(" at the end. Absolute times hold for this machine at this moment only; read the ratios "
                        + "between variants measured side by side in this run.\n\n");
        out.append("## How this was produced\n\n");
        out.append("- Command: `").append(options.command()).append("`\n");
        out.append("- Revision: ").append(options.revision()).append('\n');
        out.append("- Run: ").append(results.before.at()).append(" to ").append(results.after.at()).append(" (")
                .append(Duration.between(results.before.at(), results.after.at()).toMinutes()).append(" min)\n");
        out.append("- Machine: ").append(Machine.cpu()).append("; ").append(Machine.memory()).append(" RAM; ")
                .append(Machine.os()).append('\n');
        out.append("- JDK: ").append(Machine.jdk()).append('\n');
        out.append("- Measured JVMs: `").append(String.join(" ", LambdaJvm.LAMBDA_FLAGS))
                .append("` (the Java 17+ Lambda runtimes' defaults), `-Dcom.amazonaws.xray.traceHeader` and `")
                .append("_X_AMZN_TRACE_ID` sampled, `AWS_XRAY_DAEMON_ADDRESS=").append(LambdaJvm.XRAY_DAEMON)
                .append("` (the harness listens there to check each subsegment), `AWS_LAMBDA_INITIALIZATION_TYPE=")
                .append("on-demand`, `POWERTOOLS_SERVICE_NAME=orders`. Every variant is a shaded jar "
                        + "(Log4j2 plugin cache merged by `Log4j2PluginCacheFileTransformer`).\n");
        out.append("- Variants: ");
        out.append(String.join("; ", results.variants.stream().map(Variant::label).toList())).append(".\n");
        results.notes.forEach(note -> out.append("- ").append(note).append('\n'));
        options.remarks().forEach(remark -> out.append("- ").append(remark).append('\n'));
        out.append('\n');
    }

    private void coldStart(StringBuilder out) {
        out.append("## Cold start (fresh JVM per run, variants interleaved)\n\n");
        if (results.cold == null) {
            out.append("Not measured in this run.\n\n");
            return;
        }
        Map<String, List<Double>> inProcess = results.cold.inProcessMs();
        out.append("In-process time: from the JVM start (`RuntimeMXBean.getStartTime`) to the end of the first "
                + "`handleRequest`. Wall time: fork to exit of the process. ")
                .append(results.options.coldRounds()).append(" measured rounds after ")
                .append(results.options.coldWarmupRounds()).append(" discarded warm-up rounds. Overheads are "
                        + "differences of medians.\n\n");
        Double bare = median(inProcess, Variant.BARE);
        Double peer = median(inProcess, Variant.POWERTOOLS);
        Table table = new Table("Variant", "JVM start → end of 1st invocation, ms: median [p25–p75]", "min–max",
                "Process wall, ms: median [p25–p75]", "Overhead over bare, ms", "Overhead vs Powertools' overhead",
                "vs raw libraries");
        for (Variant variant : results.variants) {
            List<Double> samples = inProcess.get(variant.name());
            if (samples == null) {
                continue;
            }
            Stats stats = Stats.of(samples);
            table.row(variant.label(), stats.medianWithIqr(0), stats.range(0),
                    Stats.of(results.cold.wallMs().get(variant.name())).medianWithIqr(0),
                    Compare.overhead(stats.median(), bare, 0), Compare.overheadRatio(stats.median(), peer, bare),
                    Compare.ratio(stats.median(), median(inProcess, Variant.RAW)));
        }
        table.appendTo(out);
    }

    private void classes(StringBuilder out) {
        out.append("## Classes loaded up to the end of the first invocation (`-Xlog:class+load`)\n\n");
        if (results.classes.isEmpty()) {
            out.append("Not measured in this run.\n\n");
            return;
        }
        List<String> names = List.copyOf(results.classes.keySet());
        String[] header = new String[names.size() + 1];
        header[0] = "Library";
        for (int i = 0; i < names.size(); i++) {
            header[i + 1] = results.variant(names.get(i)).label();
        }
        Table table = new Table(header);
        table.row(totals(names));
        results.classes.values().stream().flatMap(c -> c.byLibrary().keySet().stream()).distinct()
                .sorted((a, b) -> Integer.compare(maxCount(b), maxCount(a)))
                .filter(library -> maxCount(library) >= 5)
                .forEach(library -> table.row(countsRow(library, names)));
        table.appendTo(out);
        out.append("Libraries with fewer than 5 classes in every variant are left out of the rows (not the "
                + "totals).\n\n");
    }

    private String[] totals(List<String> names) {
        String[] row = new String[names.size() + 1];
        row[0] = "**Total**";
        for (int i = 0; i < names.size(); i++) {
            row[i + 1] = "**" + results.classes.get(names.get(i)).total() + "**";
        }
        return row;
    }

    private String[] countsRow(String library, List<String> names) {
        String[] row = new String[names.size() + 1];
        row[0] = library;
        for (int i = 0; i < names.size(); i++) {
            row[i + 1] = Integer.toString(results.classes.get(names.get(i)).byLibrary().getOrDefault(library, 0));
        }
        return row;
    }

    private int maxCount(String library) {
        return results.classes.values().stream().mapToInt(c -> c.byLibrary().getOrDefault(library, 0)).max().orElse(0);
    }

    private void checks(StringBuilder out) {
        out.append("## Output checks (warm-up rounds)\n\n");
        if (results.cold == null) {
            out.append("Not run.\n\n");
            return;
        }
        results.cold.problems().forEach((name, problems) -> out.append("- ").append(results.variant(name).label())
                .append(": ").append(problems.isEmpty() ? "log line with order_id, OrdersPlaced and ColdStart "
                        + "metrics" + (results.variant(name).traces() ? ", `## handleRequest` subsegment received"
                        : "") + " — OK" : String.join("; ", problems)).append('\n'));
        out.append('\n');
    }

    static Double median(Map<String, List<Double>> samples, String name) {
        List<Double> values = samples.get(name);
        return values == null || values.isEmpty() ? null : Stats.of(values).median();
    }
}
