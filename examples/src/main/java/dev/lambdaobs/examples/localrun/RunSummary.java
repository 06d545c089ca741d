package dev.lambdaobs.examples.localrun;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The short report printed at the end of a local run. */
final class RunSummary {
    private RunSummary() {
    }

    static String format(List<InvocationRecord> records, RunFacts facts, Map<String, Long> awsCalls,
                         DashboardGenRunner.Result dashboardGen, Path directory) {
        StringBuilder out = new StringBuilder();
        long cold = records.stream().filter(InvocationRecord::coldStart).count();
        long failed = records.stream().filter(r -> !r.outcome().succeeded()).count();
        out.append("Local run of the example service under the AWS Lambda runtime interface client\n");
        line(out, "invocations", records.size() + " (" + failed + " ended in a function error)");
        perFunction(records).forEach((function, text) -> line(out, "  " + function, text));
        line(out, "cold starts", cold + " environments; log lines say cold_start=true for " + facts.coldStartRequestIds.size() + " requests");
        line(out, "log lines", facts.logLines + " on stdout: " + facts.structuredLogLines + " structured log lines ("
                + facts.errorLogLines + " at ERROR), " + facts.emfDocuments + " EMF documents, "
                + facts.otherJsonLines + " other JSON (e.g. the runtime client's error report), "
                + (facts.logLines - facts.jsonLogLines) + " not JSON");
        line(out, "metrics", facts.metricNames.isEmpty() ? "none" : String.join(", ", facts.metricNames));
        line(out, "daemon datagrams", facts.datagrams + ": " + facts.otlpDatagrams + " of OTLP spans (otel), "
                + (facts.datagrams - facts.otlpDatagrams) + " X-Ray documents (xray-sdk)");
        line(out, "X-Ray documents", facts.traceIds.size() + " traces, " + facts.segmentDocuments + " documents ("
                + facts.annotatedDocuments + " with annotations, " + facts.faultOrErrorDocuments + " with error/fault); names: "
                + String.join(", ", facts.segmentNames));
        line(out, "AWS calls", awsCalls.isEmpty() ? "none" : joined(awsCalls));
        if (dashboardGen.succeeded()) {
            line(out, "alarms", facts.generated("AWS::CloudWatch::Alarm") + " alarms, "
                    + facts.generated("AWS::CloudWatch::CompositeAlarm") + " composite alarms");
            line(out, "dashboards", facts.dashboardFiles + " dashboard bodies (" + facts.generated("AWS::CloudWatch::Dashboard") + " in the template)");
            line(out, "queries", facts.queryFiles + " Logs Insights queries (" + facts.generated("AWS::Logs::QueryDefinition") + " in the template)");
        } else {
            line(out, "dashboard-gen", "FAILED (exit " + dashboardGen.exitCode() + "): " + dashboardGen.output().strip());
        }
        line(out, "files", directory.toAbsolutePath().normalize().toString());
        for (String name : List.of(RunFiles.LOGS, RunFiles.DATAGRAMS, RunFiles.SEGMENTS, RunFiles.INVOCATIONS, RunFiles.STDERR, RunFiles.OBSERVABILITY + "/")) {
            out.append("    ").append(name).append('\n');
        }
        return out.toString();
    }

    private static Map<String, String> perFunction(List<InvocationRecord> records) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (InvocationRecord record : records) {
            int[] c = counts.computeIfAbsent(record.function(), f -> new int[3]);
            c[0]++;
            c[1] += record.coldStart() ? 1 : 0;
            c[2] += record.outcome().succeeded() ? 0 : 1;
        }
        Map<String, String> lines = new LinkedHashMap<>();
        counts.forEach((function, c) -> lines.put(function, c[0] + " invocations, " + c[1] + " cold, " + c[2] + " errors"));
        return lines;
    }

    private static String joined(Map<String, Long> calls) {
        StringJoiner joiner = new StringJoiner(", ");
        calls.forEach((target, count) -> joiner.add(target + " x" + count));
        return joiner.toString();
    }

    private static void line(StringBuilder out, String label, String text) {
        out.append(String.format("  %-48s %s%n", label, text));
    }
}
