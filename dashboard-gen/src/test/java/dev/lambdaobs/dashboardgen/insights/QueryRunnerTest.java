package dev.lambdaobs.dashboardgen.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.fakeaws.FakeAws;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

class QueryRunnerTest {

    @Test
    void runsUntilCompleteReportingProgressAndReturnsTheRows() throws Exception {
        try (FakeAws aws = new FakeAws(); CloudWatchLogsClient logs = aws.clients().logs()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("@timestamp", "2026-11-21 10:00:00.000");
            row.put("message", "order placed");
            row.put("@ptr", "opaque");
            aws.logs.answerQueriesWith(List.of(row), 2);
            List<String> progress = new ArrayList<>();
            Instant end = Instant.parse("2026-11-21T11:00:00Z");

            QueryResult result = new QueryRunner(logs, Duration.ofMillis(1), progress::add)
                    .run(new QueryRun("fields message", List.of("/aws/lambda/a", "/aws/lambda/b"), end.minusSeconds(3600), end));

            assertThat(result.status()).isEqualTo("Complete");
            assertThat(result.rows()).containsExactly(Map.of("@timestamp", "2026-11-21 10:00:00.000", "message", "order placed"));
            assertThat(progress).hasSize(4);
            assertThat(progress.get(0)).contains("started over 2 log group(s)");
            assertThat(progress.get(1)).startsWith("Running");
            assertThat(progress.get(3)).isEqualTo("Complete: 1 records matched of 1000 scanned");
            var started = aws.logs.startedQueries.get(0);
            assertThat(started.path("startTime").asLong()).isEqualTo(end.getEpochSecond() - 3600);
            assertThat(started.path("endTime").asLong()).isEqualTo(end.getEpochSecond());
            assertThat(started.path("logGroupNames")).hasSize(2);
        }
    }

    @Test
    void storyQueriesFilterOnTheFieldsOurLogsWriteAndQuoteTheId() {
        assertThat(StoryQuery.BY_REQUEST_ID.query("r-1")).contains("filter function_request_id = \"r-1\" or @requestId = \"r-1\"")
                .contains("sort @timestamp asc");
        assertThat(StoryQuery.BY_CORRELATION_ID.query("order \"1\"")).contains("filter correlation_id = \"order \\\"1\\\"\"");
        assertThat(StoryQuery.BY_TRACE_ID.query("1-abc")).contains("filter xray_trace_id = \"1-abc\"");
    }

    @Test
    void tablesAlignColumnsAndCutLongValues() {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("level", "ERROR");
        first.put("message", "x".repeat(200));
        Map<String, String> second = Map.of("level", "INFO");

        String table = ResultTable.text(List.of(first, second));

        String[] lines = table.split("\n");
        assertThat(lines[0]).isEqualTo("level  message");
        assertThat(lines[1]).startsWith("-----  ---");
        assertThat(lines[2]).startsWith("ERROR  xxx").endsWith("…").hasSize(7 + ResultTable.MAX_COLUMN_WIDTH);
        assertThat(lines[3]).isEqualTo("INFO   ");
        assertThat(ResultTable.json(List.of(second))).contains("\"level\" : \"INFO\"");
    }
}
