package dev.lambdaobs.benchmarks.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One build of the order handler: the shaded jar a variant module produced, its handler class and the
 * environment variables it adds to Lambda's.
 *
 * <p>Example: {@code Variant.all(benchDir).stream().filter(Variant::built)}
 */
record Variant(String key, String name, String label, Path jar, String handlerClass, boolean traces,
        Map<String, String> environment) {
    static final String BARE = "bare";
    static final String OURS = "lambdaobs";
    static final String POWERTOOLS = "powertools";
    static final String RAW = "raw";
    /** Ours with the Logback backend ({@code variant-lambdaobs-logback}), beside ours on Log4j2. */
    static final String OURS_LOGBACK = "lambdaobs-logback";
    /** The package of the Logback variant's handlers. */
    private static final String LOGBACK_PACKAGE = "dev.lambdaobs.benchmarks.logback.";
    /** Ours on the X-Ray SDK backend, beside ours on the default (OpenTelemetry) one. */
    static final String OURS_XRAY = "lambdaobs-xray-sdk";
    static final Map<String, String> XRAY_SDK = Map.of("POWERTOOLS_TRACER", "xray-sdk");

    /**
     * The four variants of issue 9, ours on the X-Ray SDK backend and ours on the Logback backend, in the order
     * they are interleaved and reported.
     */
    static List<Variant> all(Path benchDir) {
        Variant ours = of(benchDir, "b", OURS, "(b) lambdaobs (ours, OpenTelemetry backend, logging on Log4j2)");
        return Stream.of(
                of(benchDir, "a", BARE, "(a) bare handler"),
                ours,
                new Variant("bx", OURS_XRAY, "(b') lambdaobs, `POWERTOOLS_TRACER=xray-sdk`", ours.jar(),
                        ours.handlerClass(), true, XRAY_SDK),
                logbackWhole(benchDir),
                of(benchDir, "c", POWERTOOLS, "(c) Powertools 2.9.0 (+ tracing 1.18.0)"),
                of(benchDir, "d", RAW, "(d) raw libraries")).toList();
    }

    /**
     * Diagnosis: ours and the raw libraries cut into logging only, metrics only and tracing only (handlers beside
     * each variant's OrderHandler), to say which part of the cold start costs what. Ours twice: as deployed with
     * the defaults, and with {@code POWERTOOLS_BACKGROUND_STARTUP} naming the one module the handler uses, as the
     * README tells a function whose jar holds more modules than it uses. Logging only also with our Logback
     * backend, beside the Log4j2 one; and all three modules on Logback, so the parts and the whole sit in one run.
     */
    static List<Variant> parts(Path benchDir) {
        Variant logbackWhole = logbackWhole(benchDir);
        return Stream.of(
                Stream.of(new Variant("bkA", logbackWhole.name() + "-all", "(b) lambdaobs: all three modules, Logback "
                        + "backend", logbackWhole.jar(), logbackWhole.handlerClass(), false, Map.of())),
                Stream.of(part(benchDir, OURS, "Logging", false), part(benchDir, OURS, "Logging", true),
                        logback(benchDir, false), logback(benchDir, true), part(benchDir, RAW, "Logging", false)),
                Stream.of("Metrics", "Tracing").flatMap(part -> Stream.of(part(benchDir, OURS, part, false),
                        part(benchDir, OURS, part, true), part(benchDir, RAW, part, false))),
                Stream.of(xray(part(benchDir, OURS, "Tracing", false)), xray(part(benchDir, OURS, "Tracing", true))))
                .flatMap(s -> s).toList();
    }

    /** Ours, all three modules, on the Logback backend ({@code variant-lambdaobs-logback}). */
    private static Variant logbackWhole(Path benchDir) {
        Variant whole = of(benchDir, "bk", OURS_LOGBACK, "(b'') lambdaobs, logging on Logback (OpenTelemetry backend)");
        return new Variant(whole.key(), whole.name(), whole.label(), whole.jar(), LOGBACK_PACKAGE + "OrderHandler",
                true, Map.of());
    }

    /** Ours, logging only, on the Logback backend ({@code variant-lambdaobs-logback}). */
    private static Variant logback(Path benchDir, boolean selected) {
        Variant whole = logbackWhole(benchDir);
        String label = "(b) lambdaobs: logging only, Logback backend";
        Map<String, String> environment = Map.of();
        if (selected) {
            label += ", `POWERTOOLS_BACKGROUND_STARTUP=logging`";
            environment = Map.of("POWERTOOLS_BACKGROUND_STARTUP", "logging");
        }
        return new Variant("bkL" + (selected ? "s" : ""), OURS_LOGBACK + "-logging" + (selected ? "-selected" : ""),
                label, whole.jar(), LOGBACK_PACKAGE + "LoggingOnlyHandler", false, environment);
    }

    /** A part of ours on the X-Ray SDK backend instead of the default OpenTelemetry one. */
    private static Variant xray(Variant part) {
        Map<String, String> environment = new java.util.HashMap<>(part.environment());
        environment.putAll(XRAY_SDK);
        return new Variant(part.key() + "x", part.name() + "-xray-sdk", part.label() + ", `POWERTOOLS_TRACER=xray-sdk`",
                part.jar(), part.handlerClass(), part.traces(), Map.copyOf(environment));
    }

    private static Variant part(Path benchDir, String base, String part, boolean selected) {
        Variant whole = of(benchDir, base.equals(OURS) ? "b" : "d", base, "");
        String module = part.toLowerCase(Locale.ROOT);
        String label = (base.equals(OURS) ? "(b) lambdaobs" : "(d) raw") + ": " + module + " only"
                + (base.equals(OURS) && part.equals("Logging") ? ", Log4j2 backend" : "");
        Map<String, String> environment = Map.of();
        if (selected) {
            label += ", `POWERTOOLS_BACKGROUND_STARTUP=" + module + "`";
            environment = Map.of("POWERTOOLS_BACKGROUND_STARTUP", module);
        }
        return new Variant(whole.key() + part.charAt(0) + (selected ? "s" : ""),
                base + "-" + module + (selected ? "-selected" : ""), label, whole.jar(),
                "dev.lambdaobs.benchmarks." + base + "." + part + "OnlyHandler", false, environment);
    }

    private static Variant of(Path benchDir, String key, String name, String label) {
        Path jar = benchDir.resolve("variant-" + name).resolve("target")
                .resolve("bench-variant-" + name + "-0.1.0-SNAPSHOT-bench.jar");
        return new Variant(key, name, label, jar, "dev.lambdaobs.benchmarks." + name + ".OrderHandler",
                !name.equals(BARE), Map.of());
    }

    boolean built() {
        return Files.isRegularFile(jar);
    }
}
