package dev.lambdaobs.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold start, as in the baseline: fresh JVM per run, variants interleaved a b c d a b c d ..., discarded
 * warm-up rounds first. The warm-up rounds also check each variant's output (log line, metrics, subsegment).
 *
 * <p>Example: {@code ColdStartBench.Result r = new ColdStartBench(variants, 2, 15, workDir).run();}
 */
final class ColdStartBench {
    private final List<Variant> variants;
    private final int warmupRounds;
    private final int rounds;
    private final Path workDir;

    ColdStartBench(List<Variant> variants, int warmupRounds, int rounds, Path workDir) {
        this.variants = variants;
        this.warmupRounds = warmupRounds;
        this.rounds = rounds;
        this.workDir = workDir;
    }

    /** Samples per variant name, and the output problems found per variant name. */
    record Result(Map<String, List<Double>> inProcessMs, Map<String, List<Double>> wallMs,
                  Map<String, List<String>> problems) {
    }

    Result run() throws IOException, InterruptedException {
        Map<String, List<Double>> inProcess = new LinkedHashMap<>();
        Map<String, List<Double>> wall = new LinkedHashMap<>();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        try (XRayListener xray = XRayListener.start()) {
            for (int round = 0; round < warmupRounds + rounds; round++) {
                boolean warmup = round < warmupRounds;
                for (Variant variant : variants) {
                    if (xray != null) {
                        xray.reset();
                    }
                    ColdRun run = ColdRun.execute(variant, List.of(), workDir);
                    if (warmup) {
                        Thread.sleep(100); // let the listener drain the subsegment datagram
                        List<String> found = problems.computeIfAbsent(variant.name(), k -> new ArrayList<>());
                        if (xray == null && variant.traces()) {
                            found.add("X-Ray subsegment not checked: 127.0.0.1:2000 was taken by another process");
                        }
                        found.addAll(run.problems(xray == null ? 1 : xray.subsegments()));
                        continue;
                    }
                    inProcess.computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(run.inProcessMs());
                    wall.computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(run.wallMs());
                }
                Progress.log("cold round " + (round + 1) + "/" + (warmupRounds + rounds) + (warmup ? " (warm-up)" : ""));
            }
        }
        problems.replaceAll((name, list) -> list.stream().distinct().toList());
        return new Result(inProcess, wall, problems);
    }
}
