package dev.lambdaobs.benchmarks.harness;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs every benchmark of issue 9 and writes RESULTS.md. Started by {@code benchmarks/run.sh}, which builds
 * the jars first; see benchmarks/README.md for the options.
 *
 * <p>Example: {@code java -cp harness.jar dev.lambdaobs.benchmarks.harness.BenchMain --bench-dir benchmarks --quick}
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path benchDir = options.benchDir().toAbsolutePath().normalize();
        Path workDir = Files.createDirectories(benchDir.resolve("target").resolve("bench-run"));
        List<Variant> all = Variant.all(benchDir);
        Results results = new Results(options, all.stream().filter(Variant::built).toList());
        all.stream().filter(v -> !v.built()).forEach(v -> results.notes.add("**" + v.label()
                + " was not measured**: its jar " + benchDir.relativize(v.jar()) + " was not built."));
        results.before = Machine.snapshot();
        if (options.runs("cold")) {
            results.cold = new ColdStartBench(results.variants, options.coldWarmupRounds(), options.coldRounds(),
                    workDir).run();
        }
        if (options.runs("classes")) {
            results.classes = ClassLoadBench.run(results.variants, workDir);
        }
        try (BoundDaemonPort daemon = BoundDaemonPort.bind()) {
            if (options.runs("warm")) {
                results.warmLoop = new WarmLoopBench(results.variants, options.warmLoopJvms(),
                        options.warmLoopInvocations()).run();
            }
            if (options.runs("jmh")) {
                jmhWarm(results, benchDir, workDir);
            }
            if (options.runs("backends")) {
                backendRounds(results, benchDir, workDir);
            }
            if (options.runs("micro")) {
                micro(results, benchDir, workDir);
            }
        }
        if (options.runs("dashboard")) {
            dashboardGen(results, workDir);
        }
        if (options.runs("parts")) {
            parts(results, benchDir, workDir);
        }
        if (options.runs("snapstart")) {
            try (BoundDaemonPort daemon = BoundDaemonPort.bind()) {
                results.snapStart = new SnapStartBench(SnapStartBench.primedVariants(results.variants),
                        options.warmLoopJvms(), options.snapStartInvocations()).run();
            }
        }
        results.after = Machine.snapshot();
        new ResultsReport(results).write();
        Progress.log("wrote " + options.out());
    }

    private static void parts(Results results, Path benchDir, Path workDir) throws Exception {
        List<Variant> parts = new java.util.ArrayList<>();
        results.variants.stream().filter(v -> v.name().equals(Variant.BARE)).forEach(parts::add);
        Variant.parts(benchDir).stream().filter(Variant::built).forEach(parts::add);
        results.partVariants = parts;
        results.parts = new ColdStartBench(parts, 1, results.options.coldRounds(), workDir).run();
        results.partClasses = ClassLoadBench.run(parts, workDir);
    }

    private static void jmhWarm(Results results, Path benchDir, Path workDir) throws Exception {
        new JmhRounds(results.options.jmhPlan(), workDir).run(warmSelections(results.variants, benchDir))
                .forEach((name, scores) -> results.jmhWarm.put(name, scores.get(0)));
    }

    /** The tracing backends' warm JMH, forks paired by round ({@link BackendRounds}): (a), (b) and (b') if built. */
    private static void backendRounds(Results results, Path benchDir, Path workDir) throws Exception {
        List<String> paired = List.of(Variant.BARE, Variant.OURS, Variant.OURS_XRAY);
        if (paired.stream().allMatch(results::has)) {
            List<Variant> variants = results.variants.stream().filter(v -> paired.contains(v.name())).toList();
            results.backendRounds = BackendRounds.fromScores(new JmhRounds(results.options.jmhPairedPlan(),
                    Files.createDirectories(workDir.resolve("paired"))).runRounds(warmSelections(variants, benchDir)));
        }
    }

    private static List<JmhRounds.Selection> warmSelections(List<Variant> variants, Path benchDir) {
        return variants.stream().map(variant -> new JmhRounds.Selection(
                variant.name(), jar(benchDir, "jmh-warm") + File.pathSeparator + variant.jar(),
                List.of("WarmInvocationBenchmark", "-p", "handlerClass=" + variant.handlerClass()),
                variant.environment())).toList();
    }

    /** Raw and ours alternate, one benchmark class per JMH run (the ours classes exist only with -Pours). */
    private static void micro(Results results, Path benchDir, Path workDir) throws Exception {
        String classpath = jar(benchDir, "jmh-micro").toString();
        List<JmhRounds.Selection> selections = new java.util.ArrayList<>();
        for (String figure : List.of("LogEventBenchmark", "EmfFlushBenchmark")) {
            for (String side : List.of("raw.Raw", "ours.Ours")) {
                String benchmark = "dev.lambdaobs.benchmarks.jmh." + side + figure;
                if (JarEntries.containsClass(Path.of(classpath), benchmark)) {
                    selections.add(new JmhRounds.Selection(side.substring(side.indexOf('.') + 1) + figure, classpath,
                            List.of(benchmark.replace(".", "\\.") + "\\.")));
                }
            }
        }
        new JmhRounds(results.options.jmhPlan(), workDir).run(selections).values().forEach(results.micro::addAll);
    }

    private static void dashboardGen(Results results, Path workDir) throws Exception {
        Options options = results.options;
        if (options.dashboardGenClasspath() == null) {
            results.notes.add("dashboard-gen was not measured: no `--dashboard-gen-cp` (its jar was not built).");
            return;
        }
        String classpath = options.dashboardGenClasspath() + File.pathSeparator
                + Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        DashboardGenBench bench = new DashboardGenBench(new DashboardGenBench.DashboardGenCli(classpath,
                options.dashboardGenMain()), options.dashboardGenRuns(), workDir);
        results.dashboard.add(bench.corpus("corpus, " + CorpusMain.templates(options.corpus()).size()
                + " templates in one JVM", options.corpus().toAbsolutePath()));
        Path big = TemplateGenerator.write(workDir.resolve("generated-1000-functions.yaml"), 1_000);
        results.dashboard.add(bench.template("generated template, 1,000 functions", big));
    }

    private static Path jar(Path benchDir, String module) {
        return benchDir.resolve(module).resolve("target").resolve("bench-" + module + "-0.1.0-SNAPSHOT-bench.jar");
    }
}
