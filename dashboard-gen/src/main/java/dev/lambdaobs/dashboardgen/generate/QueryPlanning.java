package dev.lambdaobs.dashboardgen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import dev.lambdaobs.dashboardgen.naming.LogicalIds;
import dev.lambdaobs.dashboardgen.query.SavedQuery;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the saved queries to the functions' log groups: one definition per query and per part of at most
 * the log groups one query reads.
 *
 * <pre>{@code
 * List<QueryDefinition> queries = QueryPlanning.plan("orders", QueryCatalog.standard(), functions, ids, skipped);
 * }</pre>
 */
final class QueryPlanning {
    /**
     * Log groups per SQL query: a SQL query names each log group twice in its text (both sides of the join), and
     * its text must stay within {@link CloudWatchLimits#MAX_QUERY_STRING_LENGTH}.
     */
    static final int SQL_LOG_GROUPS_PER_QUERY = CloudWatchLimits.MAX_LOG_GROUPS_PER_QUERY / 2;

    private QueryPlanning() {
    }

    /** The functions' log groups as the queries name them; a conditional function's only when it exists. */
    static List<JsonNode> logGroups(List<MonitoredResource> functions) {
        return functions.stream().map(f -> Intrinsics.ifCondition(f.condition(), logGroup(f), Intrinsics.noValue()))
                .distinct().toList();
    }

    static List<QueryDefinition> plan(String service, List<SavedQuery> catalog, List<MonitoredResource> functions, LogicalIds ids,
            List<String> skipped) {
        List<QueryDefinition> definitions = new ArrayList<>();
        if (functions.isEmpty()) {
            // A service without functions has no log group to query.
            return definitions;
        }
        List<JsonNode> all = logGroups(functions);
        // SQL names its log groups inside the query text, where an absent group cannot be dropped as a list item can.
        List<MonitoredResource> conditional = functions.stream().filter(f -> f.condition().isPresent()).toList();
        List<JsonNode> unconditional = functions.stream().filter(f -> f.condition().isEmpty()).map(QueryPlanning::logGroup)
                .distinct().toList();
        for (SavedQuery query : catalog) {
            boolean sql = query.language().namesLogGroupsInQuery();
            if (sql && !conditional.isEmpty()) {
                skipped.add("saved query " + query.name() + " (" + query.language() + ") leaves out the log groups of the conditional "
                        + "functions " + conditional.stream().map(MonitoredResource::key).toList()
                        + ": SQL names log groups inside the query, which cannot drop a group whose function is not created");
            }
            List<JsonNode> groups = sql ? unconditional : all;
            int max = sql ? SQL_LOG_GROUPS_PER_QUERY : CloudWatchLimits.MAX_LOG_GROUPS_PER_QUERY;
            int parts = (groups.size() + max - 1) / max;
            for (int part = 0; part < parts; part++) {
                String suffix = parts == 1 ? "" : "-" + (part + 1);
                definitions.add(new QueryDefinition(service + "/" + query.name() + suffix,
                        ids.allocate("Query", service, query.name() + suffix), query,
                        groups.subList(part * max, Math.min(groups.size(), (part + 1) * max))));
            }
        }
        return definitions;
    }

    private static JsonNode logGroup(MonitoredResource function) {
        return function.facts().get(Fact.LOG_GROUP).orElseThrow();
    }
}
