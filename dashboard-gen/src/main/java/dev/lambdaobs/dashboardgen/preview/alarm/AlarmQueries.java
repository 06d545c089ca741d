package dev.lambdaobs.dashboardgen.preview.alarm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.template.SubText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A metric alarm's queries (its {@code Metrics}), each expression read once, and what they say about the data the
 * alarm reads: its namespaces and its GROUP BY query. An expression that cannot be read fails where it is used,
 * with the reason it could not be read.
 *
 * <pre>{@code
 * AlarmQueries queries = AlarmQueries.of(properties);
 * queries.grouped();    // the Metrics Insights query with GROUP BY whose data the alarm returns, or null
 * }</pre>
 */
final class AlarmQueries {
    /**
     * One query, its expression read.
     *
     * @param json       the query's properties
     * @param expression its expression ({@code null} without one or when it cannot be read)
     * @param insights   its Metrics Insights query, {@code null} when the expression is metric math or there is none
     * @param unreadable why the expression cannot be read, else {@code null}
     */
    record Query(JsonNode json, String expression, InsightsQuery insights, UnsupportedOperationException unreadable) {
        static Query read(JsonNode json) {
            if (!json.has("Expression")) {
                return new Query(json, null, null, null);
            }
            try {
                String expression = AlarmQueries.expression(json);
                return new Query(json, expression, InsightsQuery.isQuery(expression) ? InsightsQuery.parse(expression) : null, null);
            } catch (UnsupportedOperationException e) {
                return new Query(json, null, null, e);
            }
        }

        boolean hasExpression() {
            return json.has("Expression");
        }

        /** The Metrics Insights query, or {@code null} for metric math; fails with why the expression cannot be read. */
        InsightsQuery readInsights() {
            if (unreadable != null) {
                throw unreadable;
            }
            return insights;
        }

        /** The expression; fails with why it cannot be read. */
        String readExpression() {
            readInsights();
            return expression;
        }
    }

    private final JsonNode properties;
    private final List<Query> queries;

    private AlarmQueries(JsonNode properties) {
        this.properties = properties;
        List<Query> read = new ArrayList<>();
        for (JsonNode query : properties.path("Metrics")) {
            read.add(Query.read(query));
        }
        this.queries = List.copyOf(read);
    }

    /** The queries of an alarm's properties, each expression read (parsed when a Metrics Insights query) once. */
    static AlarmQueries of(JsonNode properties) {
        return new AlarmQueries(properties);
    }

    List<Query> all() {
        return queries;
    }

    /** The alarm's query when the data it returns comes from a Metrics Insights query with GROUP BY, else {@code null}. */
    InsightsQuery grouped() {
        Query returned = null;
        for (Query query : queries) {
            if (query.json().path("ReturnData").asBoolean(true)) {
                returned = query;
            }
        }
        if (returned == null || !returned.hasExpression()) {
            return null;
        }
        InsightsQuery query = returned.readInsights();
        return query != null && query.grouped() ? query : null;
    }

    /** Every namespace the alarm reads: its metric's, its metric queries' and its Metrics Insights queries' (those that parse). */
    Set<String> namespaces() {
        Set<String> namespaces = new HashSet<>(properties.findValuesAsText("Namespace"));
        for (Query query : queries) {
            if (query.insights() != null) {
                namespaces.add(query.insights().namespace());
            }
        }
        return namespaces;
    }

    /** A query's expression: a string, or the Fn::Join of generate's Insights alarms, with {@code ${LogicalId}} for each Ref. */
    private static String expression(JsonNode query) {
        JsonNode expression = query.path("Expression");
        return expression.isTextual() ? expression.asText() : SubText.asSub(expression).orElseThrow(
                () -> new UnsupportedOperationException("query " + query.path("Id").asText() + "'s expression is a CloudFormation "
                        + "function the preview cannot read"));
    }
}
