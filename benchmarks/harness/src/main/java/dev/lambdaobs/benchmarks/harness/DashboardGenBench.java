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
 * <p>Example: {@code new DashboardGenBench(cli, 3, dir).corpus("corpus", corpusDir)}
 */
final class DashboardGenBench {
    private static final Pattern MEASURED = Pattern.compile(
            "BENCH measured elapsed_ms=(\\d+) peak_rss_kb=(-?\\d+) peak_heap_bytes=(\\d+)");
    private static final Pattern CORPUS = Pattern.compile("BENCH corpus (.*)");
    private final DashboardGenCli cli;
    private final int runs;
    private final Path workDir;

    /** How to start the CLI: its classpath (with the harness jar) and its main class. */
    record DashboardGenCli(String classpath, String mainClass) {
    }

    /** Samples of one input; exit codes, the corpus verdict line and the last stderr tail say what the CLI did. */
    record Result(String input, List<Double> wallMs, List<Double> elapsedMs, List<Double> peakRssMb,
                  List<Double> peakHeapMb, List<Integer> exitCodes, String corpusVerdict, String stderrTail) {
    }

    /** The whole directory in one JVM, template after template (see {@link CorpusMain}). */
    Result corpus(String name, Path directory) throws IOException, InterruptedException {
        return run(name, directory, List.of(CorpusMain.class.getName(), cli.mainClass(), "{in}", "{out}"));
    }

    /** One {@code generate} of one template. */
    Result template(String name, Path template) throws IOException, InterruptedException {
        return run(name, template, List.of(cli.mainClass(), "generate", "--template", "{in}", "--out", "{out}"));
    }

    DashboardGenBench(DashboardGenCli cli, int runs, Path workDir) {
        this.cli = cli;
        this.runs = runs;
        this.workDir = workDir;
    }

    private Result run(String name, Path input, List<String> program) throws IOException, InterruptedException {
        List<Double> wall = new ArrayList<>();
        List<Double> elapsed = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        List<Integer> exits = new ArrayList<>();
        String stderr = "";
        for (int i = 0; i < runs; i++) {
            String slug = name.replaceAll("[^A-Za-z0-9]+", "-");
            Path out = Files.createDirectories(workDir.resolve("dashboard-gen-" + slug + "-" + i));
            Path err = workDir.resolve("dashboard-gen-" + slug + ".err");
            List<String> command = new ArrayList<>(List.of(LambdaJvm.java(), "-cp", cli.classpath(),
                    MeasuredMain.class.getName()));
            for (String arg : program) {
                command.add(arg.replace("{in}", input.toString()).replace("{out}", out.toString()));
            }
            long start = System.nanoTime();
            int exit = new ProcessBuilder(command).redirectOutput(workDir.resolve("dashboard-gen-" + slug + ".out")
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
        Matcher verdict = CORPUS.matcher(stderr);
        return new Result(name, wall, elapsed, rss, heap, exits, verdict.find() ? verdict.group(1) : "", tail);
    }
}
