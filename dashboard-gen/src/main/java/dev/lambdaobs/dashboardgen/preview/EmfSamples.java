package dev.lambdaobs.dashboardgen.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metric values read from local Embedded Metric Format lines (for example the example service's
 * {@code logs.jsonl}), keyed like {@link MetricSpec#key()} so a preview can plot them. Lines that are
 * not EMF documents are skipped.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">EMF specification</a>
 */
public final class EmfSamples {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, List<double[]>> series = new HashMap<>();

    /** No samples: the preview draws metrics without values. */
    public static EmfSamples none() {
        return new EmfSamples();
    }

    /** Reads every EMF document in {@code file}, one JSON object per line. */
    public static EmfSamples read(Path file) throws IOException {
        EmfSamples samples = new EmfSamples();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("{") && line.contains("\"_aws\"")) {
                samples.add(JSON.readTree(line));
            }
        }
        return samples;
    }

    /** The (epoch millis, value) points of a metric, in file order; empty when none. */
    public List<double[]> points(MetricSpec metric) {
        return series.getOrDefault(metric.key(), List.of());
    }

    public int seriesCount() {
        return series.size();
    }

    private void add(JsonNode document) {
        JsonNode aws = document.path("_aws");
        double timestamp = aws.path("Timestamp").asDouble();
        for (JsonNode directive : aws.path("CloudWatchMetrics")) {
            String namespace = directive.path("Namespace").asText();
            for (JsonNode dimensionSet : directive.path("Dimensions")) {
                Map<String, String> dimensions = new LinkedHashMap<>();
                dimensionSet.forEach(name -> dimensions.put(name.asText(), document.path(name.asText()).asText()));
                for (JsonNode metric : directive.path("Metrics")) {
                    String name = metric.path("Name").asText();
                    String key = new MetricSpec(namespace, name, dimensions, name).key();
                    JsonNode value = document.path(name);
                    List<double[]> points = series.computeIfAbsent(key, k -> new ArrayList<>());
                    if (value.isArray()) {
                        value.forEach(v -> points.add(new double[] {timestamp, v.asDouble()}));
                    } else if (value.isNumber()) {
                        points.add(new double[] {timestamp, value.asDouble()});
                    }
                }
            }
        }
    }
}
