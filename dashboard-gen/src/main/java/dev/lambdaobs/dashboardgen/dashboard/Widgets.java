package dev.lambdaobs.dashboardgen.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import java.util.List;
import java.util.Map;

/**
 * Builds widget JSON in the dashboard body format; every value that comes from the template goes
 * through {@link SubBody}.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html">Dashboard body structure and syntax</a>
 */
final class Widgets {
    static final int FULL = 24;
    static final int THIRD = 8;
    static final int HALF = 12;
    /** The dimension value a graph shows for a resource whose condition is false. */
    static final String ABSENT = "not-created";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SubBody sub;

    Widgets(SubBody sub) {
        this.sub = sub;
    }

    Widget text(String markdown, int height) {
        ObjectNode widget = frame("text", FULL, height);
        widget.putObject("properties").put("markdown", markdown);
        return new Widget(widget, 0, null);
    }

    Widget alarms(String title, List<String> alarmNames) {
        ObjectNode widget = frame("alarm", FULL, 2 + alarmNames.size() / 4);
        ObjectNode properties = widget.putObject("properties").put("title", title);
        ArrayNode arns = properties.putArray("alarms");
        alarmNames.forEach(name -> arns.add("arn:" + SubBody.PARTITION + ":cloudwatch:" + SubBody.REGION + ":" + SubBody.ACCOUNT
                + ":alarm:" + name));
        return new Widget(widget, 0, null);
    }

    /** A graph of {@code terms} for each resource, with optional horizontal threshold lines. */
    Widget graph(String title, List<MonitoredResource> resources, List<MetricTerm> terms, Map<String, Double> thresholds,
            int width, String resourceKey) {
        ObjectNode widget = frame("metric", width, 6);
        ObjectNode properties = widget.putObject("properties");
        properties.put("title", title).put("view", "timeSeries").put("stacked", false).put("region", SubBody.REGION).put("period", 300);
        ArrayNode metrics = properties.putArray("metrics");
        for (MonitoredResource resource : resources) {
            for (MetricTerm term : terms) {
                ArrayNode line = metrics.addArray().add(resource.profile().namespace()).add(term.metricName());
                // A resource that may not exist is named only when its condition holds; the line is then empty.
                resource.dimensions().forEach((name, value) -> line.add(name)
                        .add(sub.embed(Intrinsics.ifCondition(resource.condition(), value, Intrinsics.text(ABSENT)))));
                term.extraDimensions().forEach((name, value) -> line.add(name).add(value));
                String label = (resources.size() > 1 ? resource.key() + " " : "") + term.metricName() + " " + term.statistic();
                line.addObject().put("stat", term.statistic()).put("label", SubBody.literal(label));
            }
        }
        if (!thresholds.isEmpty()) {
            ArrayNode lines = properties.putObject("annotations").putArray("horizontal");
            thresholds.forEach((label, value) -> lines.addObject().put("label", SubBody.literal(label)).put("value", value));
        }
        return new Widget(widget, metrics.size(), resourceKey);
    }

    /** A graph of one metric search expression (the service's own EMF metrics). */
    Widget search(String title, String expression, String label, int width) {
        ObjectNode widget = frame("metric", width, 6);
        ObjectNode properties = widget.putObject("properties");
        properties.put("title", title).put("view", "timeSeries").put("stacked", false).put("region", SubBody.REGION).put("period", 300);
        properties.putArray("metrics").addArray().addObject().put("expression", expression).put("label", label).put("id", "e1");
        return new Widget(widget, 1, null);
    }

    /** A Logs Insights table over {@code sources} (already embedded {@code SOURCE '<group>' | } clauses). */
    Widget logs(String title, List<String> sources, String query, int width) {
        ObjectNode widget = frame("log", width, 6);
        StringBuilder text = new StringBuilder();
        sources.forEach(text::append);
        widget.putObject("properties").put("title", title).put("region", SubBody.REGION).put("view", "table")
                .put("query", text.append(query.replace('\n', ' ')).toString());
        return new Widget(widget, 0, null);
    }

    private static ObjectNode frame(String type, int width, int height) {
        return JSON.objectNode().put("type", type).put("width", width).put("height", height);
    }
}
