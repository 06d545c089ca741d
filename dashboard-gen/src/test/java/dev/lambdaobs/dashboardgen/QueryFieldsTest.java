package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.dashboardgen.query.QueryCatalog;
import dev.lambdaobs.dashboardgen.query.QueryFields;
import dev.lambdaobs.dashboardgen.query.SavedQuery;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryFieldsTest {
    /** Fields Lambda itself adds to every log event and REPORT line. */
    private static final Set<String> PLATFORM = Set.of("@timestamp", "@message", "@requestId", "@duration", "@maxMemoryUsed",
            "@memorySize", "@initDuration", "@type", "@logStream", "@log");

    @Test
    void everyFieldAQueryReadsIsOneOurLoggingWritesOrALambdaPlatformField() {
        Set<String> allowed = new HashSet<>(LogFields.ALL);
        allowed.addAll(PLATFORM);
        Set<String> read = new HashSet<>();
        for (SavedQuery query : QueryCatalog.standard()) {
            Set<String> fields = QueryFields.read(query.query());
            assertThat(fields).as(query.name()).isNotEmpty().isSubsetOf(allowed);
            read.addAll(fields);
        }
        assertThat(read).contains(LogFields.FUNCTION_REQUEST_ID, LogFields.CORRELATION_ID, LogFields.XRAY_TRACE_ID,
                LogFields.ERROR_TYPE, LogFields.COLD_START, "@initDuration", "@maxMemoryUsed");
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
                "request-by-correlation-id", "request-by-trace-id", "cold-starts", "slowest-invocations", "memory", "top-exceptions");
    }
}
