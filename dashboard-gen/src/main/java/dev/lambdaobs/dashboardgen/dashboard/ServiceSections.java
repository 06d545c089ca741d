package dev.lambdaobs.dashboardgen.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.schema.MetricNames;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.query.SavedQuery;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.SubText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Service-wide widgets: the service's own EMF metrics and Logs Insights tables over its log groups. */
final class ServiceSections {
    /** The saved queries shown on the summary dashboard. */
    static final Set<String> ON_DASHBOARD = Set.of("errors", "cold-starts", "slowest-invocations", "duration-percentiles", "memory");
    private static final List<String> EMF_METRICS = List.of(MetricNames.COLD_START, MetricNames.HANDLER_ERRORS,
            MetricNames.HANDLER_DURATION, MetricNames.HTTP_5XX);

    private ServiceSections() {
    }

    static List<Widget> emf(Widgets widgets, SubBody sub, DashboardInput input) {
        List<Widget> section = new ArrayList<>();
        if (input.namespaces().isEmpty()) {
            return section;
        }
        section.add(widgets.text("## Service metrics (EMF)", 1));
        for (JsonNode namespace : input.namespaces()) {
            String ns = sub.embed(namespace);
            for (String metric : EMF_METRICS) {
                String statistic = metric.equals(MetricNames.HANDLER_DURATION) ? "p99" : "Sum";
                String search = "SEARCH('Namespace=\"" + ns + "\" MetricName=\"" + metric + "\"', '" + statistic + "', 300)";
                section.add(widgets.search(metric + " (" + ns + ")", search, metric, Widgets.THIRD));
            }
        }
        return section;
    }

    /**
     * {@code SOURCE '<group>' | } for a log group; for one that exists only under a condition ({@code Fn::If
     * [condition, name, AWS::NoValue]}), the whole clause under that condition.
     */
    private static String sourceClause(SubBody sub, JsonNode group) {
        JsonNode conditional = group.path("Fn::If");
        if (!conditional.isArray()) {
            return "SOURCE '" + sub.embed(group) + "' | ";
        }
        JsonNode name = conditional.get(1);
        JsonNode clause = SubText.asSub(name).map(text -> Intrinsics.sub("SOURCE '" + text + "' | "))
                .orElseGet(() -> {
                    ObjectNode join = JsonNodeFactory.instance.objectNode();
                    join.putArray("Fn::Join").add("").addArray().add("SOURCE '").add(name).add("' | ");
                    return join;
                });
        return sub.embed(Intrinsics.ifCondition(java.util.Optional.of(conditional.get(0).asText()), clause, Intrinsics.text("")));
    }

    static List<Widget> logs(Widgets widgets, SubBody sub, DashboardInput input) {
        List<Widget> section = new ArrayList<>();
        List<JsonNode> groups = input.logGroups();
        if (groups.isEmpty()) {
            return section;
        }
        section.add(widgets.text("## Logs Insights", 1));
        int max = CloudWatchLimits.MAX_LOG_GROUPS_PER_QUERY;
        for (int from = 0; from < groups.size(); from += max) {
            List<String> sources = groups.subList(from, Math.min(groups.size(), from + max)).stream()
                    .map(group -> sourceClause(sub, group)).toList();
            String part = groups.size() > max ? " (" + (from / max + 1) + ")" : "";
            for (SavedQuery query : input.queries()) {
                if (ON_DASHBOARD.contains(query.name())) {
                    section.add(widgets.logs(query.description() + part, sources, query.query(), Widgets.HALF));
                }
            }
        }
        return section;
    }
}
