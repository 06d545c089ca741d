package dev.lambdaobs.dashboardgen.insights;

import java.time.Instant;
import java.util.List;

/**
 * One Logs Insights query to run.
 *
 * @param queryString the query
 * @param logGroups   the log groups it reads
 * @param start       start of the time range
 * @param end         end of the time range
 */
public record QueryRun(String queryString, List<String> logGroups, Instant start, Instant end) {
    public QueryRun {
        logGroups = List.copyOf(logGroups);
    }
}
