package dev.lambdaobs.benchmarks.harness;

import java.util.List;
import java.util.Optional;

/** RESULTS.md: one log event and one EMF flush, ours against the raw library in the same JMH run. */
final class MicroSection {
    static final String LOG_EVENT = "LogEventBenchmark.logEvent";
    static final String EMF_FLUSH = "EmfFlushBenchmark.flush";
    private final Results results;

    MicroSection(Results results) {
        this.results = results;
    }

    /** The score of the raw ("Raw") or our ("Ours") implementation of a figure, if it ran. */
    static Optional<JmhRun.Score> find(Results results, String side, String figure) {
        return results.micro.stream().filter(s -> s.shortName().equals(side + figure)).findFirst();
    }

    void appendTo(StringBuilder out) {
        out.append("## One log event and one EMF flush (JMH, `-prof gc`, Lambda flags in the forks)\n\n");
        if (results.micro.isEmpty()) {
            out.append("Not measured in this run.\n\n");
            return;
        }
        out.append("Log event: one INFO line with the Lambda context fields and two custom keys, set once per "
                + "invocation (not per event). EMF flush: 10 metrics under 2 dimensions, written to stdout "
                + "(discarded). One benchmark class per JMH run, raw and ours alternating (A B B A); spread is over "
                + "the pooled iterations.\n\n");
        Table table = new Table("Figure", "Implementation (benchmark)", "ns/op: median [p25–p75]", "Allocated B/op",
                "vs raw");
        for (String figure : List.of(LOG_EVENT, EMF_FLUSH)) {
            String kind = figure.substring(0, figure.indexOf("Benchmark"));
            Double raw = find(results, "Raw", figure).map(r -> r.time().median()).orElse(null);
            String name = kind.equals("LogEvent") ? "one log event" : "one EMF flush (10 metrics, 2 dimensions)";
            results.micro.stream().filter(score -> score.shortName().contains(kind)).forEach(score -> table.row(name,
                    (score.shortName().startsWith("Raw") ? "raw library" : "lambdaobs (ours)") + " (`"
                            + score.shortName() + "`)", score.time().medianWithIqr(0),
                    Stats.format(score.allocBytesPerOp(), 1), Compare.ratio(score.time().median(), raw)));
            if (find(results, "Ours", figure).isEmpty()) {
                table.row(name, "lambdaobs (ours)", "not measured", Compare.NONE, Compare.NONE);
            }
        }
        table.appendTo(out);
    }
}
