package dev.lambdaobs.benchmarks.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dashboard-gen as ops run it (default JVM flags, one JVM per run) on one input: wall time, time from JVM
 * start to exit, peak RSS and heap, through {@link MeasuredMain}.
 *
 * <p>Example: {@code new DashboardGenBench(cli, 3, dir).run("corpus", corpusDir)}
 */
final class DashboardGenBench {
    private static final Pattern MEASURED = Pattern.compile(
            "BENCH measured elapsed_ms=(\\d+) peak_rss_kb=(-?\\d+) peak_heap_bytes=(\\d+)");
    private final DashboardGenCli cli;
    private final int runs;
    private final Path workDir;

    /** How to start the CLI: its classpath, main class, and arguments with {@code {in}} and {@code {out}}. */
    record DashboardGenCli(String classpath, String mainClass, List<String> argsTemplate) {
    }

    /** Samples of one input; {@code exitCodes} and the last stderr tail say whether the CLI accepted it. */
    record Result(String input, List<Double> wallMs, List<Double> elapsedMs, List<Double> peakRssMb,
                  List<Double> peakHeapMb, List<Integer> exitCodes, String stderrTail) {
    }

    DashboardGenBench(DashboardGenCli cli, int runs, Path workDir) {
        this.cli = cli;
        this.runs = runs;
        this.workDir = workDir;
    }

    Result run(String name, Path input) throws IOException, InterruptedException {
        List<Double> wall = new ArrayList<>();
        List<Double> elapsed = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        List<Integer> exits = new ArrayList<>();
        String stderr = "";
        for (int i = 0; i < runs; i++) {
            Path out = Files.createDirectories(workDir.resolve("dashboard-gen-" + name + "-" + i));
            Path err = workDir.resolve("dashboard-gen-" + name + ".err");
            List<String> command = new ArrayList<>(List.of(LambdaJvm.java(), "-cp", cli.classpath(),
                    MeasuredMain.class.getName(), cli.mainClass()));
            for (String arg : cli.argsTemplate()) {
                command.add(arg.replace("{in}", input.toString()).replace("{out}", out.toString()));
            }
            long start = System.nanoTime();
            int exit = new ProcessBuilder(command).redirectOutput(workDir.resolve("dashboard-gen-" + name + ".out")
                    .toFile()).redirectError(err.toFile()).start().waitFor();
            wall.add((System.nanoTime() - start) / 1e6);
            exits.add(exit);
            stderr = Files.readString(err, StandardCharsets.UTF_8);
            Matcher matcher = MEASURED.matcher(stderr);
            if (matcher.find()) {
                elapsed.add(Double.parseDouble(matcher.group(1)));
                rss.add(Double.parseDouble(matcher.group(2)) / 1024);
                heap.add(Double.parseDouble(matcher.group(3)) / (1024 * 1024));
            }
        }
        Progress.log("dashboard-gen " + name + " done, exit codes " + exits);
        String tail = stderr.length() <= 1_500 ? stderr : stderr.substring(stderr.length() - 1_500);
        return new Result(name, wall, elapsed, rss, heap, exits, tail);
    }
}
