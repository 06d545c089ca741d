package dev.lambdaobs.dashboardgen.preview.alarm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.template.SubText;
import java.util.HashSet;
import java.util.Set;

/** What a metric alarm's properties say about the data it reads: its expressions, its namespaces, its GROUP BY query. */
final class AlarmQueries {
    private AlarmQueries() {
    }

    /** The alarm's query when the data it returns comes from a Metrics Insights query with GROUP BY, else {@code null}. */
    static InsightsQuery grouped(JsonNode queries) {
        JsonNode returned = null;
        for (JsonNode query : queries) {
            if (query.path("ReturnData").asBoolean(true)) {
                returned = query;
            }
        }
        if (returned == null || !returned.has("Expression") || !InsightsQuery.isQuery(expression(returned))) {
            return null;
        }
        InsightsQuery query = InsightsQuery.parse(expression(returned));
        return query.grouped() ? query : null;
    }

    /** Every namespace the alarm reads: its metric's, its metric queries' and its Metrics Insights queries' (those that parse). */
    static Set<String> namespaces(JsonNode properties) {
        Set<String> namespaces = new HashSet<>(properties.findValuesAsText("Namespace"));
        for (JsonNode query : properties.path("Metrics")) {
            try {
                if (query.has("Expression") && InsightsQuery.isQuery(expression(query))) {
                    namespaces.add(InsightsQuery.parse(expression(query)).namespace());
                }
            } catch (UnsupportedOperationException e) {
                // the alarm is not evaluated, and its evaluation says why
            }
        }
        return namespaces;
    }

    /** A query's expression: a string, or the Fn::Join of generate's Insights alarms, with {@code ${LogicalId}} for each Ref. */
    static String expression(JsonNode query) {
        JsonNode expression = query.path("Expression");
        return expression.isTextual() ? expression.asText() : SubText.asSub(expression).orElseThrow(
                () -> new UnsupportedOperationException("query " + query.path("Id").asText() + "'s expression is a CloudFormation "
                        + "function the preview cannot read"));
    }
}
