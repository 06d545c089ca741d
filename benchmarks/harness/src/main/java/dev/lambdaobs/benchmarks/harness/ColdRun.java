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
 * One fresh JVM running one cold invocation: process wall time (fork to exit, measured here) and the
 * launcher's in-process time (JVM start to the end of the first {@code handleRequest}).
 *
 * <p>Example: {@code ColdRun run = ColdRun.execute(variant, List.of(), workDir);}
 */
record ColdRun(Variant variant, double wallMs, double inProcessMs, List<String> stdout) {
    static final String MARK = "LAMBDAOBS-BENCH-FIRST-INVOCATION-DONE";
    private static final Pattern IN_PROCESS = Pattern.compile("BENCH cold .*in_process_ms=(\\d+)");

    static ColdRun execute(Variant variant, List<String> extraJvmArgs, Path workDir)
            throws IOException, InterruptedException {
        Path out = workDir.resolve(variant.name() + ".out");
        Path err = workDir.resolve(variant.name() + ".err");
        ProcessBuilder builder = LambdaJvm.launcher(variant, extraJvmArgs, "cold")
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        double wallMs = (System.nanoTime() - start) / 1e6;
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        List<String> stdout = Files.readAllLines(out, StandardCharsets.UTF_8);
        Matcher matcher = IN_PROCESS.matcher(stderr);
        if (exit != 0 || !matcher.find()) {
            throw new IllegalStateException(variant.label() + " failed (exit " + exit + "): " + tail(stderr));
        }
        return new ColdRun(variant, wallMs, Double.parseDouble(matcher.group(1)), stdout);
    }

    /** What is wrong with this run's output, if anything (empty when the handler did all its work). */
    List<String> problems(int subsegmentsSeen) {
        List<String> problems = new ArrayList<>();
        String all = String.join("\n", stdout);
        requireOutput(problems, all, "Order placed", "the log line");
        requireOutput(problems, all, "\"order_id\"", "the order_id key");
        requireOutput(problems, all, "OrdersPlaced", "the OrdersPlaced metric");
        requireOutput(problems, all, "ColdStart", "the ColdStart metric");
        requireOutput(problems, all, MARK, "the end-of-invocation mark");
        if (variant.traces() && subsegmentsSeen == 0) {
            problems.add("no '## handleRequest' subsegment reached 127.0.0.1:2000");
        }
        return problems;
    }

    private static void requireOutput(List<String> problems, String stdout, String needle, String what) {
        if (!stdout.contains(needle)) {
            problems.add("stdout lacks " + what);
        }
    }

    private static String tail(String text) {
        return text.length() <= 2_000 ? text : text.substring(text.length() - 2_000);
    }
}
