package dev.lambdaobs.dashboardgen.preview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a metric widget's {@code metrics} array: rows of {@code [namespace, name, dim, value, ..., {options}]},
 * where {@code "."} repeats the previous row's value at that position, and expression rows
 * {@code [{"expression": ...}]}.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html#CloudWatch-Dashboard-Properties-Metrics-Array-Format">Metrics array format</a>
 */
final class WidgetMetrics {
    private WidgetMetrics() {
    }

    /** The metrics, in order; expressions are returned as their text in {@code expressions}. */
    static List<MetricSpec> read(JsonNode metrics, List<String> expressions) {
        List<MetricSpec> specs = new ArrayList<>();
        List<String> previous = List.of();
        for (JsonNode row : metrics) {
            List<String> values = new ArrayList<>();
            JsonNode options = null;
            for (int i = 0; i < row.size(); i++) {
                JsonNode cell = row.get(i);
                if (cell.isObject()) {
                    options = cell;
                } else {
                    String text = cell.asText();
                    values.add(text.equals(".") && i < previous.size() ? previous.get(i) : text);
                }
            }
            if (values.isEmpty() && options != null && options.has("expression")) {
                expressions.add(options.path("label").asText(options.path("id").asText("expression")) + " = "
                        + options.path("expression").asText());
                continue;
            }
            previous = values;
            if (values.size() < 2) {
                continue;
            }
            Map<String, String> dimensions = new LinkedHashMap<>();
            for (int i = 2; i + 1 < values.size(); i += 2) {
                dimensions.put(values.get(i), values.get(i + 1));
            }
            String label = options != null && options.has("label") ? options.path("label").asText() : values.get(1);
            specs.add(new MetricSpec(values.get(0), values.get(1), dimensions, label));
        }
        return specs;
    }
}
