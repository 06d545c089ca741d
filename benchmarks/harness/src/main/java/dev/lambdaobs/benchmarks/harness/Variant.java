package dev.lambdaobs.benchmarks.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One build of the order handler: the shaded jar a variant module produced and its handler class.
 *
 * <p>Example: {@code Variant.all(benchDir).stream().filter(Variant::built)}
 */
record Variant(String key, String name, String label, Path jar, String handlerClass, boolean traces) {
    static final String BARE = "bare";
    static final String OURS = "lambdaobs";
    static final String POWERTOOLS = "powertools";
    static final String RAW = "raw";

    /** The four variants of issue 9, in the order they are interleaved and reported. */
    static List<Variant> all(Path benchDir) {
        return Stream.of(
                of(benchDir, "a", BARE, "(a) bare handler", false),
                of(benchDir, "b", OURS, "(b) lambdaobs (ours)", true),
                of(benchDir, "c", POWERTOOLS, "(c) Powertools 2.9.0 (+ tracing 1.18.0)", true),
                of(benchDir, "d", RAW, "(d) raw libraries", true)).toList();
    }

    /**
     * Diagnosis: ours and the raw libraries cut into logging only, metrics only and tracing only (handlers beside
     * each variant's OrderHandler), to say which part of the cold start costs what.
     */
    static List<Variant> parts(Path benchDir) {
        return Stream.of(OURS, RAW).flatMap(base -> Stream.of("Logging", "Metrics", "Tracing").map(part -> {
            Variant whole = of(benchDir, base.equals(OURS) ? "b" : "d", base, "", false);
            String label = (base.equals(OURS) ? "(b) lambdaobs" : "(d) raw") + ": " + part.toLowerCase() + " only";
            return new Variant(whole.key() + part.charAt(0), base + "-" + part.toLowerCase(), label, whole.jar(),
                    "dev.lambdaobs.benchmarks." + base + "." + part + "OnlyHandler", false);
        })).toList();
    }

    private static Variant of(Path benchDir, String key, String name, String label, boolean traces) {
        Path jar = benchDir.resolve("variant-" + name).resolve("target")
                .resolve("bench-variant-" + name + "-0.1.0-SNAPSHOT-bench.jar");
        return new Variant(key, name, label, jar, "dev.lambdaobs.benchmarks." + name + ".OrderHandler", traces);
    }

    boolean built() {
        return Files.isRegularFile(jar);
    }
}
