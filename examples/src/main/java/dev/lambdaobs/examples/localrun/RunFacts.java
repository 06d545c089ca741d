package dev.lambdaobs.examples.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a run's output files contain, counted: log lines, EMF documents and metric names, datagrams by
 * format, X-Ray documents and traces, and the monitoring resources dashboard-gen generated.
 */
final class RunFacts {
    private static final ObjectMapper JSON = new ObjectMapper();

    int logLines;
    int jsonLogLines;
    /** Lines carrying our logging keys (service, level, message, function_request_id). */
    int structuredLogLines;
    int errorLogLines;
    /** JSON lines that are neither EMF documents nor our structured log lines. */
    int otherJsonLines;
    final Set<String> coldStartRequestIds = new TreeSet<>();
    int emfDocuments;
    final Set<String> metricNames = new TreeSet<>();
    int datagrams;
    /** Datagrams carrying OTLP spans ({@code T1S}/{@code T1U}, the otel backend). */
    int otlpDatagrams;
    int segmentDocuments;
    final Set<String> traceIds = new TreeSet<>();
    final Set<String> segmentNames = new TreeSet<>();
    int annotatedDocuments;
    int faultOrErrorDocuments;
    final Map<String, Integer> generatedResources = new TreeMap<>();
    int dashboardFiles;
    int queryFiles;

    static RunFacts read(Path directory) throws IOException {
        RunFacts facts = new RunFacts();
        for (String line : Files.readAllLines(directory.resolve(RunFiles.LOGS))) {
            facts.logLine(line);
        }
        for (String line : Files.readAllLines(directory.resolve(RunFiles.DATAGRAMS))) {
            facts.datagram(parse(line).path(RunFiles.DATAGRAM).asText());
        }
        for (String line : Files.readAllLines(directory.resolve(RunFiles.SEGMENTS))) {
            facts.segment(parse(line));
        }
        facts.observability(directory.resolve(RunFiles.OBSERVABILITY));
        return facts;
    }

    private void logLine(String line) {
        logLines++;
        JsonNode node = parse(line);
        if (!node.isObject()) {
            return;
        }
        jsonLogLines++;
        if (node.has("_aws")) {
            emfDocuments++;
            node.path("_aws").path("CloudWatchMetrics").forEach(d -> d.path("Metrics").forEach(m -> metricNames.add(m.path("Name").asText())));
            return;
        }
        if (!(node.has("service") && node.has("level") && node.has("message") && node.has("function_request_id"))) {
            // e.g. the runtime client's own report of a function error
            otherJsonLines++;
            return;
        }
        structuredLogLines++;
        if (node.path("cold_start").asBoolean(false)) {
            coldStartRequestIds.add(node.path("function_request_id").asText());
        }
        if ("ERROR".equals(node.path("level").asText())) {
            errorLogLines++;
        }
    }

    private void datagram(String datagram) {
        datagrams++;
        if (XRayDaemonListener.documentOf(datagram).startsWith("T1")) {
            otlpDatagrams++;
        }
    }

    private void segment(JsonNode document) {
        segmentDocuments++;
        traceIds.add(document.path("trace_id").asText());
        collectNames(document);
    }

    private void collectNames(JsonNode segment) {
        segmentNames.add(segment.path("name").asText());
        if (segment.path("annotations").size() > 0) {
            annotatedDocuments++;
        }
        if (segment.path("fault").asBoolean(false) || segment.path("error").asBoolean(false)) {
            faultOrErrorDocuments++;
        }
        segment.path("subsegments").forEach(this::collectNames);
    }

    private void observability(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".template.json")) {
                parse(Files.readString(file)).path("Resources")
                        .forEach(resource -> generatedResources.merge(resource.path("Type").asText(), 1, Integer::sum));
            } else if (file.getParent().getFileName().toString().equals("dashboards")) {
                dashboardFiles++;
            } else if (name.endsWith(".logsinsights")) {
                queryFiles++;
            }
        }
    }

    int generated(String type) {
        return generatedResources.getOrDefault(type, 0);
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node == null ? JSON.missingNode() : node;
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }
}
