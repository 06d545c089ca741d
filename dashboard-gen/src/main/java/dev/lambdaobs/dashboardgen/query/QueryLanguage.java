package dev.lambdaobs.dashboardgen.query;

/**
 * The languages CloudWatch Logs Insights runs, as {@code AWS::Logs::QueryDefinition}'s {@code QueryLanguage} and
 * StartQuery's {@code queryLanguage} name them.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html">Supported query languages</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-querydefinition.html">AWS::Logs::QueryDefinition QueryLanguage</a>
 */
public enum QueryLanguage {
    /** Logs Insights QL: log groups are given beside the query. */
    CWLI,
    /**
     * OpenSearch SQL: JOINs and sub-queries; the log groups are named inside the query ({@code FROM
     * `logGroups(logGroupIdentifier: [...])`}), not beside it.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_SQL.html">OpenSearch SQL in CloudWatch Logs</a>
     */
    SQL,
    /** OpenSearch PPL. */
    PPL;

    /** Whether the log groups are part of the query text rather than a list beside it. */
    public boolean namesLogGroupsInQuery() {
        return this == SQL;
    }
}
