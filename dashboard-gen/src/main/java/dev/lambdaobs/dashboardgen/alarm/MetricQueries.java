package dev.lambdaobs.dashboardgen.alarm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import java.util.Map;
import java.util.TreeMap;

/** Writes the CloudFormation shapes of metrics: Dimensions lists and MetricDataQuery entries. */
public final class MetricQueries {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MetricQueries() {
    }

    /** {@code [{Name, Value}]} of the resource's dimensions plus the term's extra ones, sorted by name. */
    static ArrayNode dimensions(Map<String, JsonNode> resourceDimensions, MetricTerm term) {
        Map<String, JsonNode> all = new TreeMap<>(resourceDimensions);
        term.extraDimensions().forEach((name, value) -> all.put(name, JSON.textNode(value)));
        ArrayNode dimensions = JSON.arrayNode();
        all.forEach((name, value) -> dimensions.addObject().put("Name", name).set("Value", value.deepCopy()));
        return dimensions;
    }

    /** One MetricDataQuery that retrieves a metric (ReturnData false: an input of the expression). */
    public static ObjectNode metricStat(String namespace, Map<String, JsonNode> resourceDimensions, MetricTerm term, String id, int period) {
        ObjectNode query = JSON.objectNode().put("Id", id);
        ObjectNode stat = query.putObject("MetricStat");
        ObjectNode metric = stat.putObject("Metric");
        metric.put("Namespace", namespace).put("MetricName", term.metricName());
        metric.set("Dimensions", dimensions(resourceDimensions, term));
        stat.put("Period", period).put("Stat", term.statistic());
        query.put("ReturnData", false);
        return query;
    }

    /** The expression query the alarm watches. */
    public static ObjectNode expression(String id, String expression, String label) {
        return JSON.objectNode().put("Id", id).put("Expression", expression).put("Label", label).put("ReturnData", true);
    }
}
