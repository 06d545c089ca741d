package dev.lambdaobs.dashboardgen.preview.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.preview.data.MetricRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a metric widget's {@code metrics} array: rows of {@code [namespace, name, dim, value, ..., {options}]},
 * where {@code "."} repeats the previous row's value at that position, and expression rows
 * {@code [{"expression": ...}]}. Each row takes the widget's {@code stat} and {@code period} unless its
 * options say otherwise (CloudWatch's defaults: Average, 300 s).
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html#CloudWatch-Dashboard-Properties-Metrics-Array-Format">Metrics array format</a>
 */
final class WidgetRows {
    static final String DEFAULT_STAT = "Average";
    static final int DEFAULT_PERIOD = 300;

    /**
     * One row: a metric ({@code metric} set) or an expression ({@code expression} set).
     *
     * @param id      the row's id ({@code id} option), or empty
     * @param visible false when the row only feeds an expression
     */
    record Row(MetricRef metric, String expression, String label, String stat, int period, String id, boolean visible) {
    }

    private WidgetRows() {
    }

    static List<Row> read(JsonNode properties) {
        String widgetStat = properties.path("stat").asText(DEFAULT_STAT);
        int widgetPeriod = properties.path("period").asInt(DEFAULT_PERIOD);
        List<Row> rows = new ArrayList<>();
        List<String> previous = List.of();
        for (JsonNode row : properties.path("metrics")) {
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
            JsonNode o = options == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : options;
            String id = o.path("id").asText("");
            boolean visible = o.path("visible").asBoolean(true);
            String stat = o.path("stat").asText(widgetStat);
            int period = o.path("period").asInt(widgetPeriod);
            if (values.isEmpty() && o.has("expression")) {
                String expression = o.path("expression").asText();
                rows.add(new Row(null, expression, o.path("label").asText(expression), stat, period, id, visible));
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
            String label = o.path("label").asText(values.get(1));
            rows.add(new Row(new MetricRef(values.get(0), values.get(1), dimensions), null, label, stat, period, id, visible));
        }
        return rows;
    }
}
