package dev.lambdaobs.dashboardgen.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.monitors.LambdaMonitor;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import java.util.List;
import java.util.Map;

/**
 * One dashboard for every function of the service: its graphs show the function a {@code FunctionName}
 * dashboard variable picks, so on-call drills into any function without a page per function. The graphs are
 * drawn for the first unconditional function; the property variable swaps that dimension value in every graph. Threshold
 * lines are left out: they differ from function to function.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_dashboard_variables.html">Dashboard variables</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html">Dashboard body structure: variables</a>
 */
final class FunctionDrillDown {
    /** The dimension the variable sets: Lambda's per-function dimension. */
    static final String DIMENSION = "FunctionName";
    /** A property variable replaces every value of one dimension in the dashboard's metrics. */
    private static final String PROPERTY_VARIABLE = "property";
    /** A drop-down list of the values given. */
    private static final String SELECT_INPUT = "select";

    private FunctionDrillDown() {
    }

    /** The service's functions, in section order. */
    static List<MonitoredResource> functions(List<MonitoredResource> resources) {
        return resources.stream().filter(resource -> resource.profile().equals(LambdaMonitor.FUNCTION)
                && resource.dimensions().containsKey(DIMENSION)).toList();
    }

    /** The graphs: every graph a function of the service has, drawn for the {@link #shownFirst} function. */
    static List<Widget> widgets(Widgets widgets, List<MonitoredResource> functions) {
        MonitoredResource first = shownFirst(functions);
        List<Widget> section = new java.util.ArrayList<>();
        section.add(widgets.text("## One function\nPick the function with the **Function** variable above; every graph follows.", 2));
        for (GraphSpec graph : LambdaMonitor.FUNCTION.graphs()) {
            if (functions.stream().anyMatch(graph.appliesTo())) {
                section.add(widgets.graph(graph.title(), List.of(first), graph.lines(), Map.of(), Widgets.THIRD, null));
            }
        }
        return section;
    }

    /** The body's {@code variables}: one drop-down of the functions, labelled by logical id, {@link #shownFirst} selected. */
    static ArrayNode variables(SubBody sub, List<MonitoredResource> functions) {
        ObjectNode variable = JsonNodeFactory.instance.objectNode()
                .put("type", PROPERTY_VARIABLE).put(PROPERTY_VARIABLE, DIMENSION).put("inputType", SELECT_INPUT)
                .put("id", DIMENSION).put("label", "Function").put("visible", true);
        ArrayNode values = variable.putArray("values");
        for (MonitoredResource function : functions) {
            values.addObject().put("label", SubBody.literal(function.key())).put("value", valueOf(sub, function));
        }
        variable.put("defaultValue", valueOf(sub, shownFirst(functions)));
        return JsonNodeFactory.instance.arrayNode().add(variable);
    }

    /** The first function that exists whatever the conditions, so the dashboard opens on data. */
    private static MonitoredResource shownFirst(List<MonitoredResource> functions) {
        return functions.stream().filter(f -> f.condition().isEmpty()).findFirst().orElse(functions.get(0));
    }

    /** The name as the graphs embed it, so the default matches the value drawn. */
    private static String valueOf(SubBody sub, MonitoredResource function) {
        return sub.embed(Intrinsics.ifCondition(function.condition(), function.dimensions().get(DIMENSION),
                Intrinsics.text(Widgets.ABSENT)));
    }
}
