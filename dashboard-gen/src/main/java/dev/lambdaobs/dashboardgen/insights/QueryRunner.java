package dev.lambdaobs.dashboardgen.insights;

import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryStatus;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResultField;

/**
 * Runs a Logs Insights query (StartQuery, then GetQueryResults until it finishes), reporting
 * progress as it goes.
 *
 * <pre>{@code
 * QueryResult result = new QueryRunner(logs, Duration.ofSeconds(1), System.err::println).run(query);
 * }</pre>
 */
public final class QueryRunner {
    /**
     * Most rows a query returns.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-Limit.html">limit</a>
     */
    public static final int MAX_ROWS = 10_000;
    private static final Set<QueryStatus> FINISHED = Set.of(QueryStatus.COMPLETE, QueryStatus.FAILED,
            QueryStatus.CANCELLED, QueryStatus.TIMEOUT);

    private final CloudWatchLogsClient logs;
    private final Duration pollInterval;
    private final Consumer<String> progress;

    public QueryRunner(CloudWatchLogsClient logs, Duration pollInterval, Consumer<String> progress) {
        this.logs = logs;
        this.pollInterval = pollInterval;
        this.progress = progress;
    }

    public QueryResult run(QueryRun run) throws InterruptedException {
        boolean inQuery = run.language().namesLogGroupsInQuery();
        if (!inQuery && (run.logGroups().isEmpty() || run.logGroups().size() > CloudWatchLimits.MAX_LOG_GROUPS_PER_QUERY)) {
            throw new IllegalArgumentException("a query reads 1 to " + CloudWatchLimits.MAX_LOG_GROUPS_PER_QUERY + " log groups, not "
                    + run.logGroups().size());
        }
        // StartQuery takes no log group list for SQL: the query's FROM names them.
        String queryId = logs.startQuery(b -> b.queryString(run.queryString()).queryLanguage(run.language().name())
                .logGroupNames(inQuery ? null : run.logGroups())
                .startTime(run.start().getEpochSecond()).endTime(run.end().getEpochSecond()).limit(MAX_ROWS)).queryId();
        progress.accept("query " + queryId + " started over " + (inQuery ? "the log groups its FROM names"
                : run.logGroups().size() + " log group(s)"));
        while (true) {
            GetQueryResultsResponse response = logs.getQueryResults(b -> b.queryId(queryId));
            double matched = response.statistics() == null ? 0 : response.statistics().recordsMatched();
            double scanned = response.statistics() == null ? 0 : response.statistics().recordsScanned();
            if (FINISHED.contains(response.status())) {
                progress.accept(String.format("%s: %.0f records matched of %.0f scanned", response.statusAsString(),
                        matched, scanned));
                return new QueryResult(response.statusAsString(), rows(response.results()), matched, scanned);
            }
            progress.accept(String.format("%s… %.0f records scanned", response.statusAsString(), scanned));
            Thread.sleep(pollInterval.toMillis());
        }
    }

    private static List<Map<String, String>> rows(List<List<ResultField>> results) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<ResultField> result : results) {
            Map<String, String> row = new LinkedHashMap<>();
            for (ResultField field : result) {
                if (!field.field().equals("@ptr")) {
                    row.put(field.field(), field.value());
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
