package dev.lambdaobs.benchmarks.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warm cost the way the baseline measured it: in one JVM (Lambda flags, stdout discarded), {@code invocations}
 * invocations after the cold one, each with a new request id and trace header; the mean of the last half.
 * One figure per JVM, variants interleaved over {@code jvms} JVMs.
 *
 * <p>Example: {@code Map<String, List<Double>> micros = new WarmLoopBench(variants, 7, 10_000).run();}
 */
final class WarmLoopBench {
    private static final Pattern MEAN = Pattern.compile("BENCH warm mean_us=([0-9.Ee+-]+)");
    private final List<Variant> variants;
    private final int jvms;
    private final int invocations;

    WarmLoopBench(List<Variant> variants, int jvms, int invocations) {
        this.variants = variants;
        this.jvms = jvms;
        this.invocations = invocations;
    }

    /** Mean µs per invocation, one sample per JVM, per variant name. */
    Map<String, List<Double>> run() throws IOException, InterruptedException {
        Map<String, List<Double>> micros = new LinkedHashMap<>();
        for (int jvm = 0; jvm < jvms; jvm++) {
            for (Variant variant : variants) {
                micros.computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(measure(variant));
            }
            Progress.log("warm loop JVM " + (jvm + 1) + "/" + jvms);
        }
        return micros;
    }

    private double measure(Variant variant) throws IOException, InterruptedException {
        Process process = LambdaJvm.launcher(variant, List.of(), "warm", Integer.toString(invocations))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        Matcher matcher = MEAN.matcher(stderr);
        if (exit != 0 || !matcher.find()) {
            throw new IllegalStateException(variant.label() + " warm loop failed (exit " + exit + "): " + stderr);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
