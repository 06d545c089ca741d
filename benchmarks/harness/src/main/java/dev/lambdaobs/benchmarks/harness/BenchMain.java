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
        if (options.runs("warm")) {
            results.warmLoop = new WarmLoopBench(results.variants, options.warmLoopJvms(),
                    options.warmLoopInvocations()).run();
        }
        if (options.runs("jmh")) {
            jmhWarm(results, benchDir, workDir);
        }
        if (options.runs("micro")) {
            results.micro.addAll(JmhRun.run("jmh-micro", jar(benchDir, "jmh-micro").toString(),
                    List.of("dev.lambdaobs.benchmarks.jmh"), options.jmhPlan(), workDir));
        }
        if (options.runs("dashboard")) {
            dashboardGen(results, workDir);
        }
        results.after = Machine.snapshot();
        new ResultsReport(results).write();
        Progress.log("wrote " + options.out());
    }

    private static void jmhWarm(Results results, Path benchDir, Path workDir) throws Exception {
        for (Variant variant : results.variants) {
            String classpath = jar(benchDir, "jmh-warm") + File.pathSeparator + variant.jar();
            List<JmhRun.Score> scores = JmhRun.run("jmh-warm-" + variant.name(), classpath,
                    List.of("WarmInvocationBenchmark", "-p", "handlerClass=" + variant.handlerClass()),
                    results.options.jmhPlan(), workDir);
            results.jmhWarm.put(variant.name(), scores.get(0));
        }
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
                options.dashboardGenMain(), options.dashboardGenArgs()), options.dashboardGenRuns(), workDir);
        results.dashboard.add(bench.run("corpus (" + countTemplates(options.corpus()) + " templates)",
                options.corpus().toAbsolutePath()));
        Path big = TemplateGenerator.write(workDir.resolve("generated-1000-functions.yaml"), 1_000);
        results.dashboard.add(bench.run("generated template, 1,000 functions", big));
    }

    private static long countTemplates(Path corpus) throws Exception {
        try (var files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).count();
        }
    }

    private static Path jar(Path benchDir, String module) {
        return benchDir.resolve(module).resolve("target").resolve("bench-" + module + "-0.1.0-SNAPSHOT-bench.jar");
    }
}
