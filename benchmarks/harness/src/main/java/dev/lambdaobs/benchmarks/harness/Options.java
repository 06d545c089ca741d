package dev.lambdaobs.benchmarks.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The harness's command line, parsed once. {@code --quick} keeps the minimum of 15 cold runs per
 * variant but shortens warm loops, JMH and dashboard-gen repetitions.
 *
 * <p>Example: {@code Options o = Options.parse(new String[] {"--bench-dir", "benchmarks", "--quick"});}
 */
record Options(Path benchDir, Path out, boolean quick, String command, String revision, Set<String> phases,
               String dashboardGenClasspath, String dashboardGenMain, Path corpus,
               Path notes, List<String> remarks) {
    static final Set<String> ALL_PHASES = Set.of("cold", "classes", "warm", "jmh", "backends", "micro", "dashboard", "parts",
            "snapstart");

    static Options parse(String[] args) {
        Path benchDir = Path.of(".");
        Path out = null;
        boolean quick = false;
        String command = "benchmarks/run.sh";
        String revision = "unknown";
        Set<String> phases = ALL_PHASES;
        String dgClasspath = null;
        String dgMain = "dev.lambdaobs.dashboardgen.cli.Main";
        Path corpus = Path.of("../shared/corpus/serverless-patterns");
        Path notes = null;
        List<String> remarks = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--quick" -> quick = true;
                case "--bench-dir" -> benchDir = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--command" -> command = args[++i];
                case "--revision" -> revision = args[++i];
                case "--only" -> phases = Set.copyOf(Arrays.asList(args[++i].split(",")));
                case "--dashboard-gen-cp" -> dgClasspath = args[++i];
                case "--dashboard-gen-main" -> dgMain = args[++i];
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--notes" -> notes = Path.of(args[++i]);
                case "--remark" -> remarks.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + flag + " (see benchmarks/README.md)");
            }
        }
        if (!ALL_PHASES.containsAll(phases)) {
            throw new IllegalArgumentException("--only takes a comma list of " + ALL_PHASES + ", got " + phases);
        }
        return new Options(benchDir, out == null ? benchDir.resolve("RESULTS.md") : out, quick, command, revision,
                phases, dgClasspath, dgMain, corpus, notes, List.copyOf(remarks));
    }

    int coldRounds() {
        return quick ? 15 : 25;
    }

    int coldWarmupRounds() {
        return 2;
    }

    int warmLoopJvms() {
        return quick ? 3 : 7;
    }

    int warmLoopInvocations() {
        return 10_000;
    }

    /** Warm invocations after the first in each SnapStart JVM. */
    int snapStartInvocations() {
        return 2_000;
    }

    JmhRun.Plan jmhPlan() {
        return quick ? new JmhRun.Plan(2, 3, 5, 1) : new JmhRun.Plan(4, 5, 10, 2);
    }

    /** The tracing backends' paired rounds: many short forks, so that most rounds fall within one host phase. */
    JmhRun.Plan jmhPairedPlan() {
        return quick ? new JmhRun.Plan(8, 3, 5, 1) : new JmhRun.Plan(12, 5, 10, 1);
    }

    int dashboardGenRuns() {
        return quick ? 3 : 5;
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }
}
