package dev.lambdaobs.benchmarks.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one JMH selection in its own host JVM (forks get the Lambda flags and environment) with the GC profiler,
 * and reads back each benchmark's per-iteration scores and normalized allocation.
 *
 * <p>Example: {@code List<JmhRun.Score> s = JmhRun.run("jmh-warm", classpath, List.of("WarmInvocation"), p, dir);}
 */
final class JmhRun {
    /** One benchmark (plus its parameters): iteration scores in {@code unit}, and bytes allocated per op. */
    record Score(String benchmark, Map<String, Object> params, List<Double> timeSamples, String unit,
                 List<Double> allocSamples) {
        String shortName() {
            return benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        }

        Stats time() {
            return Stats.of(timeSamples);
        }

        double allocBytesPerOp() {
            return allocSamples.isEmpty() ? Double.NaN : Stats.of(allocSamples).median();
        }

        /** The samples of both, as if from one run with more forks. */
        Score merge(Score other) {
            List<Double> times = new ArrayList<>(timeSamples);
            times.addAll(other.timeSamples);
            List<Double> allocs = new ArrayList<>(allocSamples);
            allocs.addAll(other.allocSamples);
            return new Score(benchmark, params, times, unit, allocs);
        }
    }

    /** Forks (each a separate JMH run, see {@link JmhRounds}), warm-up and measurement iterations of {@code seconds}. */
    record Plan(int forks, int warmups, int iterations, int seconds) {
    }

    private JmhRun() {
    }

    /** One JMH run of one fork. */
    static List<Score> run(String name, String classpath, List<String> selection, Plan plan, Path workDir)
            throws IOException, InterruptedException {
        return run(name, classpath, selection, Map.of(), plan, workDir);
    }

    /** The same with variables added to the Lambda environment of the forks (a variant's own). */
    static List<Score> run(String name, String classpath, List<String> selection, Map<String, String> environment,
                           Plan plan, Path workDir) throws IOException, InterruptedException {
        Path json = workDir.resolve(name + ".json");
        Path log = workDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(LambdaJvm.java(), "-cp", classpath, "org.openjdk.jmh.Main"));
        command.addAll(selection);
        command.addAll(List.of("-prof", "gc", "-rf", "json", "-rff", json.toString(),
                "-f", "1", "-wi", Integer.toString(plan.warmups()),
                "-w", plan.seconds() + "s", "-i", Integer.toString(plan.iterations()), "-r", plan.seconds() + "s",
                "-jvmArgsAppend", String.join(" ", LambdaJvm.LAMBDA_FLAGS)
                        + " -Dcom.amazonaws.xray.traceHeader=" + LambdaJvm.TRACE_HEADER));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(LambdaJvm.environment());
        builder.environment().putAll(environment);
        Progress.log("JMH " + name + ": " + String.join(" ", selection));
        int exit = builder.start().waitFor();
        if (exit != 0 || !Files.exists(json)) {
            throw new IllegalStateException("JMH " + name + " failed (exit " + exit + "), see " + log);
        }
        return parse(Files.readString(json, StandardCharsets.UTF_8));
    }

    static List<Score> parse(String json) {
        List<Score> scores = new ArrayList<>();
        for (Object entry : (List<?>) MiniJson.parse(json)) {
            Map<?, ?> result = (Map<?, ?>) entry;
            Map<?, ?> primary = (Map<?, ?>) result.get("primaryMetric");
            Map<?, ?> secondary = (Map<?, ?>) result.get("secondaryMetrics");
            Map<?, ?> alloc = secondary == null ? null : (Map<?, ?>) secondary.get("gc.alloc.rate.norm");
            @SuppressWarnings("unchecked")
            Map<String, Object> params = result.get("params") == null ? Map.of() : (Map<String, Object>) result.get("params");
            scores.add(new Score((String) result.get("benchmark"), params, flatten(primary.get("rawData")),
                    (String) primary.get("scoreUnit"), alloc == null ? List.of() : flatten(alloc.get("rawData"))));
        }
        return scores;
    }

    private static List<Double> flatten(Object rawData) {
        List<Double> values = new ArrayList<>();
        for (Object fork : (List<?>) rawData) {
            for (Object value : (List<?>) fork) {
                if (value instanceof Double number) {
                    values.add(number);
                }
            }
        }
        return values;
    }
}
