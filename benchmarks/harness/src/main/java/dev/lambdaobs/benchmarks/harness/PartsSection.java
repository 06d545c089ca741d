package dev.lambdaobs.benchmarks.harness;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** RESULTS.md: cold start of each part alone (logging, metrics, tracing), ours beside the raw libraries. */
final class PartsSection {
    private static final int TOP_LIBRARIES = 5;
    private final Results results;

    PartsSection(Results results) {
        this.results = results;
    }

    void appendTo(StringBuilder out) {
        out.append("## Diagnosis: cold start of each part alone\n\n");
        if (results.parts == null) {
            out.append("Not measured in this run.\n\n");
            return;
        }
        out.append("The same fresh-JVM measurement (").append(results.options.coldRounds())
                .append(" interleaved rounds) for handlers that do only the log line, only the metrics or only the "
                        + "subsegment; classes up to the end of the first invocation, with the libraries that load "
                        + "the most of them beyond the bare handler.\n\n");
        Map<String, List<Double>> samples = results.parts.inProcessMs();
        Double bare = ResultsReport.median(samples, Variant.BARE);
        Map<String, Integer> bareClasses = results.partClasses.get(Variant.BARE).byLibrary();
        Table table = new Table("Handler", "JVM start → end of 1st invocation, ms: median [p25–p75]",
                "Over bare, ms", "Classes", "Most classes beyond bare");
        for (Variant part : results.partVariants) {
            List<Double> values = samples.get(part.name());
            ClassLoadBench.Count count = results.partClasses.get(part.name());
            if (values == null || count == null) {
                continue;
            }
            Stats stats = Stats.of(values);
            table.row(part.label(), stats.medianWithIqr(0), Compare.overhead(stats.median(), bare, 0),
                    Integer.toString(count.total()), topLibraries(count.byLibrary(), bareClasses));
        }
        table.appendTo(out);
    }

    private static String topLibraries(Map<String, Integer> libraries, Map<String, Integer> bare) {
        return libraries.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - bare.getOrDefault(e.getKey(), 0)))
                .filter(e -> e.getValue() > 0)
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(TOP_LIBRARIES)
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
