package dev.lambdaobs.benchmarks.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SnapStart priming, ours and Powertools' side by side: in a JVM of its own per sample, each variant's
 * {@code PrimedOrderHandler} is built (init), then either its registered CRaC hooks run as around a checkpoint
 * and restore ({@code primed}) or not ({@code unprimed}), then the first invocation is timed, then the warm
 * invocations after it (the launcher's {@code snapstart} mode, {@code org.crac} pointed at the launcher's
 * stand-in for a CRaC JVM). Variants and modes interleaved over {@code jvms} rounds.
 *
 * <p>Example: {@code Map<String, List<SnapStartBench.Sample>> s = new SnapStartBench(variants, 3, 2_000).run();}
 */
final class SnapStartBench {
    static final String COMPAT = "-Dorg.crac.Core.Compat=dev.lambdaobs.benchmarks.launcher.crac";
    static final List<String> MODES = List.of("unprimed", "primed");
    private static final Pattern LINE = Pattern.compile(
            "BENCH snapstart mode=(\\w+) first_us=([0-9.Ee+-]+) warm_us=([0-9.Ee+-]+) hooks=(\\d+) hooks_us=([0-9.Ee+-]+)"
                    + " sequence_us=([0-9.Ee+,-]+) sequence_cpu_us=([0-9.Ee+,-]+) warm_cpu_us=([0-9.Ee+-]+)"
                    + "(?: cache_cold_cpu_us=([0-9.Ee+-]+))?(?: restored_cache_cold_cpu_us=([0-9.Ee+-]+|NaN))?");
    private final List<Variant> variants;
    private final int jvms;
    private final int invocations;

    /**
     * One JVM's figures; {@code hooksMicros}: the registered hooks' time around the checkpoint (0 unprimed);
     * {@code sequenceMicros}/{@code sequenceCpuMicros}: invocations 1 to 8 one by one, wall and thread CPU time;
     * {@code warmCpuMicros}: a warm invocation's CPU time; {@code cacheColdCpuMicros}: a warm invocation's right after
     * the CPU caches were filled with other data; {@code restoredCacheColdCpuMicros}: the same, each after the restore
     * hooks again, so a cold start (primed only); NaN when the launcher does not print them.
     */
    record Sample(double firstMicros, double warmMicros, int hooks, double hooksMicros, List<Double> sequenceMicros,
                  List<Double> sequenceCpuMicros, double warmCpuMicros, double cacheColdCpuMicros,
                  double restoredCacheColdCpuMicros) {
    }

    SnapStartBench(List<Variant> variants, int jvms, int invocations) {
        this.variants = variants;
        this.jvms = jvms;
        this.invocations = invocations;
    }

    /** The variants this section measures: ours and Powertools, each with its primed handler, where built. */
    static List<Variant> primedVariants(List<Variant> built) {
        List<Variant> primed = new ArrayList<>();
        for (Variant variant : built) {
            if (variant.name().equals(Variant.OURS) || variant.name().equals(Variant.POWERTOOLS)) {
                primed.add(new Variant(variant.key() + "p", variant.name(), variant.label(), variant.jar(),
                        variant.handlerClass().replace(".OrderHandler", ".PrimedOrderHandler"), variant.traces(),
                        Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")));
            }
        }
        return primed;
    }

    /** Samples per "variant name mode" ({@code "lambdaobs primed"}). */
    Map<String, List<Sample>> run() throws IOException, InterruptedException {
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (int jvm = 0; jvm < jvms; jvm++) {
            for (String mode : MODES) {
                for (Variant variant : variants) {
                    samples.computeIfAbsent(key(variant.name(), mode), k -> new ArrayList<>()).add(measure(variant, mode));
                }
            }
            Progress.log("snapstart round " + (jvm + 1) + "/" + jvms);
        }
        return samples;
    }

    static String key(String variantName, String mode) {
        return variantName + " " + mode;
    }

    private Sample measure(Variant variant, String mode) throws IOException, InterruptedException {
        Process process = LambdaJvm.launcher(variant, List.of(COMPAT), "snapstart", mode, Integer.toString(invocations))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        Sample sample = parse(stderr);
        if (exit != 0 || sample == null) {
            throw new IllegalStateException(variant.label() + " snapstart " + mode + " failed (exit " + exit + "): "
                    + stderr);
        }
        return sample;
    }

    /** The figures of the launcher's {@code BENCH snapstart} line in {@code stderr}; null when there is none. */
    static Sample parse(String stderr) {
        Matcher matcher = LINE.matcher(stderr);
        if (!matcher.find()) {
            return null;
        }
        return new Sample(Double.parseDouble(matcher.group(2)), Double.parseDouble(matcher.group(3)),
                Integer.parseInt(matcher.group(4)), Double.parseDouble(matcher.group(5)), numbers(matcher.group(6)),
                numbers(matcher.group(7)), Double.parseDouble(matcher.group(8)),
                optional(matcher.group(9)), optional(matcher.group(10)));
    }

    private static double optional(String figure) {
        return figure == null ? Double.NaN : Double.parseDouble(figure);
    }

    private static List<Double> numbers(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(Double::parseDouble).toList();
    }
}
