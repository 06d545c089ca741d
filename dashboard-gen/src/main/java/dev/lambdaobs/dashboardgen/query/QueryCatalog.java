package dev.lambdaobs.dashboardgen.query;

import static dev.lambdaobs.core.schema.LogFields.COLD_START;
import static dev.lambdaobs.core.schema.LogFields.CORRELATION_ID;
import static dev.lambdaobs.core.schema.LogFields.ERROR_MESSAGE;
import static dev.lambdaobs.core.schema.LogFields.ERROR_STACK;
import static dev.lambdaobs.core.schema.LogFields.ERROR_NAME;
import static dev.lambdaobs.core.schema.LogFields.FUNCTION_NAME;
import static dev.lambdaobs.core.schema.LogFields.FUNCTION_REQUEST_ID;
import static dev.lambdaobs.core.schema.LogFields.LEVEL;
import static dev.lambdaobs.core.schema.LogFields.MESSAGE;
import static dev.lambdaobs.core.schema.LogFields.SERVICE;
import static dev.lambdaobs.core.schema.LogFields.XRAY_TRACE_ID;

import java.util.List;

/**
 * The saved queries of every service. Our JSON log fields come from {@link dev.lambdaobs.core.schema.LogFields}
 * (what powertools-logging writes); {@code @}-fields are Lambda's platform fields from the REPORT line, and
 * {@code type}/{@code record.*} the same report under Lambda's JSON log format, so the queries work in both.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html">Logs Insights query syntax</a>
 */
public final class QueryCatalog {
    /** The placeholder on-call replaces with the id they look for. */
    public static final String ID_PLACEHOLDER = "PASTE-ID-HERE";

    /**
     * Excludes EMF documents: powertools-metrics puts {@code "level":"ERROR"} on them when Lambda's
     * log-level filter is at ERROR, and every EMF document has {@code _aws.Timestamp}.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">EMF specification: _aws.Timestamp</a>
     */
    public static final String NOT_EMF = "not ispresent(_aws.Timestamp)";
    /**
     * Lambda's invocation report in both log formats: the {@code REPORT} line of the text format (Logs Insights
     * discovers {@code @duration} etc.) and, under {@code LoggingConfig.LogFormat: JSON}, the {@code platform.report}
     * record ({@code record.metrics.durationMs}, {@code maxMemoryUsedMB} ...).
     * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-logformat.html">Lambda log formats: system log JSON</a>
     * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/telemetry-schema-reference.html#platform-report">Telemetry API schema: platform.report</a>
     */
    private static final String REPORTS = "filter @type = \"REPORT\" or type = \"platform.report\"";
    /** The report's numbers under one name whatever the format ({@code @maxMemoryUsed} and {@code @memorySize} are bytes). */
    private static final String DURATION_MS = "coalesce(@duration, record.metrics.durationMs) as durationMs";
    private static final String INIT_MS = "coalesce(@initDuration, record.metrics.initDurationMs) as initMs";
    private static final String USED_MB = "coalesce(@maxMemoryUsed / 1000 / 1000, record.metrics.maxMemoryUsedMB) as usedMB";
    private static final String SIZE_MB = "coalesce(@memorySize / 1000 / 1000, record.metrics.memorySizeMB) as sizeMB";

    /** The request id of a report, in the text format ({@code RequestId: <id>}) or the JSON one ({@code "requestId":"<id>"}). */
    private static final String REPORT_REQUEST_ID = "(?:RequestId: |\"requestId\":\")([0-9a-fA-F-]+)";

    private QueryCatalog() {
    }

    public static List<SavedQuery> standard() {
        return List.of(
                new SavedQuery("errors", "Recent errors with their request, trace and correlation ids",
                        "fields @timestamp, " + FUNCTION_NAME + ", " + ERROR_NAME + ", " + ERROR_MESSAGE + ", " + MESSAGE + ", "
                                + FUNCTION_REQUEST_ID + ", " + XRAY_TRACE_ID + ", " + CORRELATION_ID
                                + "\n| filter (" + LEVEL + " = \"ERROR\" or ispresent(" + ERROR_NAME + ")) and " + NOT_EMF
                                + "\n| sort @timestamp desc\n| limit 100"),
                story("request-by-request-id", "One request's whole story by Lambda request id", FUNCTION_REQUEST_ID, true),
                story("request-by-correlation-id", "One request's whole story by correlation id", CORRELATION_ID, false),
                story("request-by-trace-id", "One request's whole story by X-Ray trace id", XRAY_TRACE_ID, false),
                new SavedQuery("cold-starts", "Cold starts and init duration per function",
                        REPORTS + "\n| fields " + INIT_MS + "\n| filter ispresent(initMs)"
                                + "\n| stats count(*) as coldStarts, avg(initMs) as avgInitMs, max(initMs) as maxInitMs by @log"
                                + "\n| sort coldStarts desc"),
                new SavedQuery("cold-start-logs", "Log lines written during cold-start invocations",
                        "fields @timestamp, " + FUNCTION_NAME + ", " + FUNCTION_REQUEST_ID + ", " + MESSAGE
                                // Logs Insights reads a JSON true as 1 (not "true"), so the boolean cold_start compares to 1.
                                + "\n| filter " + COLD_START + " = 1 and " + NOT_EMF + "\n| sort @timestamp desc\n| limit 100"),
                new SavedQuery("slowest-invocations", "The slowest invocations",
                        REPORTS + "\n| fields @timestamp, coalesce(@requestId, record.requestId) as requestId, " + DURATION_MS + ", "
                                + INIT_MS + ", " + USED_MB + ", @log"
                                + "\n| sort durationMs desc\n| limit 25"),
                new SavedQuery("duration-percentiles", "Duration percentiles over time",
                        REPORTS + "\n| fields " + DURATION_MS
                                + "\n| stats pct(durationMs, 50) as p50, pct(durationMs, 90) as p90, pct(durationMs, 99) as p99,"
                                + " max(durationMs) as maxMs by bin(5m)"),
                new SavedQuery("memory", "Memory used against memory configured, per function",
                        REPORTS + "\n| fields " + USED_MB + ", " + SIZE_MB
                                + "\n| stats max(usedMB) as maxUsedMB, avg(usedMB) as avgUsedMB, max(sizeMB) as configuredMB by @log"),
                new SavedQuery("top-exceptions", "The most frequent exceptions",
                        "filter ispresent(" + ERROR_NAME + ") and " + NOT_EMF
                                + "\n| stats count(*) as occurrences, latest(" + ERROR_MESSAGE + ") as lastMessage, latest("
                                + ERROR_STACK + ") as lastStack by " + ERROR_NAME + ", " + FUNCTION_NAME + ", " + SERVICE
                                + "\n| sort occurrences desc\n| limit 20"),
                errorsWithReports());
    }

    /**
     * What Logs Insights QL cannot do: each error line beside its invocation's REPORT (duration, memory, init),
     * joined by request id. Only {@code @message} is read from the report, so both log formats match: the text
     * {@code REPORT RequestId: ...} line and the JSON format's {@code platform.report} record.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_SQL.html">OpenSearch SQL: JOIN, LIKE, regexp_extract</a>
     */
    private static SavedQuery errorsWithReports() {
        String source = "`" + SavedQuery.LOG_GROUPS + "`";
        return new SavedQuery("errors-with-reports", "Errors beside their invocation's REPORT line, joined by request id (SQL)",
                "SELECT e.`@timestamp`, e.`" + FUNCTION_NAME + "`, e.`" + ERROR_NAME + "`, e.`" + ERROR_MESSAGE + "`, e.`"
                        + FUNCTION_REQUEST_ID + "`, r.`@message` AS report"
                        + "\nFROM " + source + " AS e"
                        + "\nINNER JOIN " + source + " AS r"
                        + "\nON e.`" + FUNCTION_REQUEST_ID + "` = regexp_extract(r.`@message`, '" + REPORT_REQUEST_ID + "', 1)"
                        + "\nWHERE e.`" + LEVEL + "` = 'ERROR'"
                        + " AND (r.`@message` LIKE 'REPORT RequestId:%' OR r.`@message` LIKE '%\"type\":\"platform.report\"%')"
                        + "\nORDER BY e.`@timestamp` DESC\nLIMIT 100",
                QueryLanguage.SQL);
    }

    private static SavedQuery story(String name, String description, String field, boolean alsoPlatform) {
        String platform = alsoPlatform ? " or @requestId = \"" + ID_PLACEHOLDER + "\" or record.requestId = \"" + ID_PLACEHOLDER + "\"" : "";
        return new SavedQuery(name, description,
                "fields @timestamp, " + LEVEL + ", " + FUNCTION_NAME + ", " + MESSAGE + ", " + ERROR_NAME + ", @message"
                        + "\n| filter " + field + " = \"" + ID_PLACEHOLDER + "\"" + platform
                        + "\n| sort @timestamp asc\n| limit 1000");
    }
}
