package dev.lambdaobs.dashboardgen.insights;

import dev.lambdaobs.dashboardgen.query.QueryLanguage;
import java.time.Instant;
import java.util.List;

/**
 * One Logs Insights query to run.
 *
 * @param queryString the query
 * @param logGroups   the log groups it reads
 * @param start       start of the time range
 * @param end         end of the time range
 * @param language    the query's language; SQL names its log groups in the query, so {@code logGroups} is empty
 */
public record QueryRun(String queryString, List<String> logGroups, Instant start, Instant end, QueryLanguage language) {
    public QueryRun {
        logGroups = List.copyOf(logGroups);
    }

    /** A Logs Insights QL query over {@code logGroups}. */
    public QueryRun(String queryString, List<String> logGroups, Instant start, Instant end) {
        this(queryString, logGroups, start, end, QueryLanguage.CWLI);
    }
}
