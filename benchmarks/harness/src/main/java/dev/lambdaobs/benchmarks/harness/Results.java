package dev.lambdaobs.benchmarks.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run of the harness measured, filled phase by phase, then written by {@link ResultsReport}. */
final class Results {
    final Options options;
    final List<Variant> variants;
    final List<String> notes = new ArrayList<>();
    final Map<String, JmhRun.Score> jmhWarm = new LinkedHashMap<>();
    /** Null unless the paired run of the tracing backends ran. */
    BackendRounds backendRounds;
    final List<JmhRun.Score> micro = new ArrayList<>();
    final List<DashboardGenBench.Result> dashboard = new ArrayList<>();
    ColdStartBench.Result cold;
    Map<String, ClassLoadBench.Count> classes = Map.of();
    Map<String, List<Double>> warmLoop = Map.of();
    List<Variant> partVariants = List.of();
    ColdStartBench.Result parts;
    Map<String, ClassLoadBench.Count> partClasses = Map.of();
    Map<String, List<SnapStartBench.Sample>> snapStart = Map.of();
    Machine.Snapshot before;
    Machine.Snapshot after;

    Results(Options options, List<Variant> variants) {
        this.options = options;
        this.variants = variants;
    }

    Variant variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    boolean has(String name) {
        return variant(name) != null;
    }
}
