package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.dashboardgen.query.QueryCatalog;
import dev.lambdaobs.dashboardgen.query.QueryFields;
import dev.lambdaobs.dashboardgen.query.QueryLanguage;
import dev.lambdaobs.dashboardgen.query.SavedQuery;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryFieldsTest {
    /** Fields Lambda itself adds to every log event and REPORT line. */
    private static final Set<String> PLATFORM = Set.of("@timestamp", "@message", "@requestId", "@duration", "@maxMemoryUsed",
            "@memorySize", "@initDuration", "@type", "@logStream", "@log");
    /**
     * The same report under Lambda's JSON log format: a {@code platform.report} record.
     * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/telemetry-schema-reference.html#platform-report">platform.report</a>
     */
    private static final Map<String, String> JSON_PLATFORM = Map.of("@type", "type", "@requestId", "record.requestId",
            "@duration", "record.metrics.durationMs", "@initDuration", "record.metrics.initDurationMs",
            "@maxMemoryUsed", "record.metrics.maxMemoryUsedMB", "@memorySize", "record.metrics.memorySizeMB");
    /** The EMF metadata field that tells metric documents from log lines. */
    private static final String EMF_TIMESTAMP = "_aws.Timestamp";

    @Test
    void everyFieldAQueryReadsIsOneOurLoggingWritesOrALambdaPlatformField() {
        Set<String> allowed = new HashSet<>(LogFields.ALL);
        allowed.addAll(PLATFORM);
        allowed.addAll(JSON_PLATFORM.values());
        allowed.add(EMF_TIMESTAMP);
        Set<String> read = new HashSet<>();
        for (SavedQuery query : logsInsightsQueries()) {
            Set<String> fields = QueryFields.read(query.query());
            assertThat(fields).as(query.name()).isNotEmpty().isSubsetOf(allowed);
            read.addAll(fields);
        }
        assertThat(read).contains(LogFields.FUNCTION_REQUEST_ID, LogFields.CORRELATION_ID, LogFields.XRAY_TRACE_ID,
                LogFields.ERROR_NAME, LogFields.COLD_START, "@initDuration", "@maxMemoryUsed");
    }

    @Test
    void queriesOverTheInvocationReportWorkUnderBothLambdaLogFormats() {
        for (SavedQuery query : logsInsightsQueries()) {
            Set<String> fields = QueryFields.read(query.query());
            if (query.query().contains("@type = \"REPORT\"")) {
                assertThat(query.query()).as(query.name()).contains("@type = \"REPORT\" or type = \"platform.report\"");
            }
            for (Map.Entry<String, String> field : JSON_PLATFORM.entrySet()) {
                if (fields.contains(field.getKey())) {
                    assertThat(fields).as(query.name() + " reads " + field.getKey()).contains(field.getValue());
                }
            }
        }
    }

    @Test
    void queriesThatLookForErrorsOrColdStartsNeverMatchEmfDocuments() throws Exception {
        JsonNode emf = new ObjectMapper().readTree(TestSupport.shared().resolve("schemas/emf/emf.schema.json").toFile());
        assertThat(emf.path("properties").path("_aws").path("required")).extracting(JsonNode::asText).contains("Timestamp");
        for (SavedQuery query : logsInsightsQueries()) {
            boolean filtersOurLines = query.query().contains(LogFields.LEVEL + " = \"ERROR\"")
                    || query.query().contains("ispresent(" + LogFields.ERROR_NAME + ")") || query.query().contains(LogFields.COLD_START);
            if (filtersOurLines) {
                assertThat(query.query()).as(query.name()).contains("and not ispresent(" + EMF_TIMESTAMP + ")");
            }
        }
        assertThat(QueryCatalog.standard()).filteredOn(q -> q.name().equals("errors")).singleElement()
                .extracting(SavedQuery::query).asString()
                .contains("filter (" + LogFields.LEVEL + " = \"ERROR\" or ispresent(" + LogFields.ERROR_NAME + ")) and not ispresent(");
    }

    @Test
    void theReaderFindsFieldsAndIgnoresKeywordsFunctionsAliasesAndStrings() {
        Set<String> fields = QueryFields.read("fields @timestamp, requestid | filter lvl = \"ERROR level\" "
                + "| stats count(*) as n, pct(@duration, 99) as p99 by bin(5m), error.kind | sort n desc | limit 5");
        assertThat(fields).containsExactlyInAnyOrder("@timestamp", "requestid", "lvl", "@duration", "error.kind");
    }

    @Test
    void theCatalogHasTheRequiredQueries() {
        assertThat(QueryCatalog.standard()).extracting(SavedQuery::name).contains("errors", "request-by-request-id",
                "request-by-correlation-id", "request-by-trace-id", "cold-starts", "slowest-invocations", "memory", "top-exceptions",
                "errors-with-reports");
    }

    /** The Logs Insights QL queries (QueryLanguageTest checks the SQL one). */
    private static java.util.List<SavedQuery> logsInsightsQueries() {
        return QueryCatalog.standard().stream().filter(q -> q.language() == QueryLanguage.CWLI).toList();
    }
}
