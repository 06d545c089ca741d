package dev.lambdaobs.dashboardgen.preview.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds the metrics of Embedded Metric Format documents to {@link LocalMetrics}: every metric of every
 * dimension set of every directive, a value or an array of values, at the document's timestamp.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">EMF specification</a>
 */
public final class EmfReader {
    private EmfReader() {
    }

    /** Whether a parsed log line is an EMF document. */
    public static boolean isEmf(JsonNode line) {
        return line.path("_aws").path("CloudWatchMetrics").isArray();
    }

    /** Adds one document's metrics. */
    public static void add(JsonNode document, LocalMetrics metrics) {
        JsonNode aws = document.path("_aws");
        long timestamp = aws.path("Timestamp").asLong();
        for (JsonNode directive : aws.path("CloudWatchMetrics")) {
            String namespace = directive.path("Namespace").asText();
            for (JsonNode dimensionSet : directive.path("Dimensions")) {
                Map<String, String> dimensions = new LinkedHashMap<>();
                dimensionSet.forEach(name -> dimensions.put(name.asText(), document.path(name.asText()).asText()));
                for (JsonNode metric : directive.path("Metrics")) {
                    String name = metric.path("Name").asText();
                    String unit = metric.path("Unit").asText("None");
                    JsonNode value = document.path(name);
                    if (value.isArray()) {
                        value.forEach(v -> metrics.add(namespace, name, dimensions, unit, Series.EMF, timestamp, v.asDouble()));
                    } else if (value.isNumber()) {
                        metrics.add(namespace, name, dimensions, unit, Series.EMF, timestamp, value.asDouble());
                    }
                }
            }
        }
    }
}
