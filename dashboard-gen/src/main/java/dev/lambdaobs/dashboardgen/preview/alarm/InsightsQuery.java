package dev.lambdaobs.dashboardgen.preview.alarm;

import dev.lambdaobs.dashboardgen.limits.MetricsInsightsLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Metrics Insights query, as its documented grammar writes it:
 * {@code SELECT FUNCTION(metric) FROM namespace | SCHEMA(namespace[, key...]) [WHERE ...] [GROUP BY key[, ...]]
 * [ORDER BY FUNCTION() [ASC|DESC]] [LIMIT n]}, with {@code AVG}, {@code COUNT}, {@code MAX}, {@code MIN} or
 * {@code SUM}. The WHERE clause is a {@link LabelFilter}. What it does not hold is an
 * {@link UnsupportedOperationException} naming what could not be read.
 *
 * <pre>{@code
 * InsightsQuery q = InsightsQuery.parse("SELECT MAX(Errors) FROM SCHEMA(\"AWS/Lambda\", FunctionName) GROUP BY FunctionName");
 * q.statistic(); // "Maximum"
 * }</pre>
 *
 * @param statistic  the CloudWatch statistic the SELECT function stands for ({@code Maximum} for {@code MAX})
 * @param metric     the metric name
 * @param namespace  the namespace
 * @param schema     the exact dimension keys a metric must have ({@code SCHEMA}), or {@code null} for any ({@code FROM namespace})
 * @param where      the WHERE condition; every metric passes without one
 * @param groupBy    the GROUP BY keys, empty for one aggregated time series
 * @param orderBy    the statistic of the ORDER BY function, or {@code null}
 * @param descending whether ORDER BY is {@code DESC} (ascending is the default)
 * @param limit      how many time series the query returns
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-querylanguage.html">Metrics Insights query components and syntax</a>
 */
record InsightsQuery(String statistic, String metric, String namespace, List<String> schema, LabelFilter where,
        List<String> groupBy, String orderBy, boolean descending, int limit) {

    /** The SELECT functions by name, each to the statistic it computes. */
    private static final Map<String, String> STATISTICS = MetricsInsightsLimits.FUNCTIONS.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    /** A query starts with the keyword SELECT; a metric math id may start with "select" but not be followed by a space. */
    private static final Pattern QUERY = Pattern.compile("\\s*SELECT\\s", Pattern.CASE_INSENSITIVE);

    /** Whether {@code expression} is a Metrics Insights query rather than metric math. */
    static boolean isQuery(String expression) {
        return QUERY.matcher(expression).lookingAt();
    }

    static InsightsQuery parse(String query) {
        InsightsTokens tokens = InsightsTokens.of(query);
        tokens.expectKeyword("SELECT");
        String statistic = function(tokens);
        tokens.expectSymbol("(");
        String metric = tokens.name("a metric name");
        tokens.expectSymbol(")");
        tokens.expectKeyword("FROM");
        String namespace;
        List<String> schema = null;
        if (tokens.keyword("SCHEMA")) {
            tokens.expectSymbol("(");
            namespace = namespace(tokens);
            schema = new ArrayList<>();
            while (tokens.symbol(",")) {
                schema.add(tokens.name("a dimension name"));
            }
            tokens.expectSymbol(")");
        } else {
            namespace = namespace(tokens);
        }
        LabelFilter where = tokens.keyword("WHERE") ? LabelFilter.parse(tokens) : d -> true;
        List<String> groupBy = new ArrayList<>();
        if (tokens.keyword("GROUP")) {
            tokens.expectKeyword("BY");
            do {
                groupBy.add(tokens.name("a label key"));
            } while (tokens.symbol(","));
        }
        String orderBy = null;
        boolean descending = false;
        if (tokens.keyword("ORDER")) {
            tokens.expectKeyword("BY");
            orderBy = function(tokens);
            tokens.expectSymbol("(");
            tokens.expectSymbol(")");
            descending = tokens.keyword("DESC");
            if (!descending) {
                tokens.keyword("ASC");
            }
        }
        int limit = MetricsInsightsLimits.MAX_TIME_SERIES_PER_QUERY;
        if (tokens.keyword("LIMIT")) {
            limit = tokens.number("a number after LIMIT");
            if (limit < 1 || limit > MetricsInsightsLimits.MAX_TIME_SERIES_PER_QUERY) {
                throw new UnsupportedOperationException("LIMIT " + limit + " is outside 1.."
                        + MetricsInsightsLimits.MAX_TIME_SERIES_PER_QUERY + " (MetricsInsightsLimits.MAX_TIME_SERIES_PER_QUERY)");
            }
        }
        tokens.symbol(";");
        if (!tokens.atEnd()) {
            throw tokens.unexpected("the end of the query");
        }
        return new InsightsQuery(statistic, metric, namespace, schema == null ? null : List.copyOf(schema), where,
                List.copyOf(groupBy), orderBy, descending, limit);
    }

    /** Whether the query returns a time series per group: each one a contributor of its alarm. */
    boolean grouped() {
        return !groupBy.isEmpty();
    }

    private static String function(InsightsTokens tokens) {
        String name = tokens.upcoming();
        String statistic = STATISTICS.get(name);
        if (statistic == null || !tokens.keyword(name)) {
            throw new UnsupportedOperationException("the function " + (name.isEmpty() ? "" : "'" + name + "' ")
                    + "is not one of AVG, COUNT, MAX, MIN, SUM");
        }
        return statistic;
    }

    /** A namespace: double-quoted, or bare words joined by {@code /} as the console accepts ({@code AWS/RDS}). */
    private static String namespace(InsightsTokens tokens) {
        StringBuilder namespace = new StringBuilder(tokens.name("a namespace"));
        while (tokens.symbol("/")) {
            namespace.append('/').append(tokens.name("a namespace"));
        }
        return namespace.toString();
    }
}
