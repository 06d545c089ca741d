package dev.lambdaobs.dashboardgen.config;

/**
 * The config's {@code guardrails} switches: what dashboard-gen may add to or check in the user's
 * own template besides monitoring. Every switch defaults to on except {@code logRetention}: a deployed
 * function already has the log group Lambda created, and CloudFormation cannot create it again, so adding one
 * by default would fail the first deploy of every existing service. By default the functions without a
 * declared log group are reported instead.
 *
 * <pre>{@code
 * guardrails:
 *   logRetention: true        # merge mode: a log group with retention for every function (default false: reported)
 *   logRetentionDays: 30      # one of the values CloudWatch Logs accepts
 *   deploymentAlarms: true    # merge mode: rollback alarms in SAM DeploymentPreference.Alarms
 *   tracing: true             # list functions and REST APIs without active X-Ray tracing
 *   lambdaInsights: true      # LambdaInsights widgets and a memory alarm where the layer is present
 * }</pre>
 *
 * @param logRetention     add missing function log groups with a retention period (merge mode)
 * @param logRetentionDays the retention period of the log groups added
 * @param deploymentAlarms wire rollback alarms into SAM deployment preferences (merge mode)
 * @param tracing          report functions and APIs without active tracing
 * @param lambdaInsights   monitor the Lambda Insights metrics of functions with the extension layer
 */
public record Guardrails(boolean logRetention, int logRetentionDays, boolean deploymentAlarms, boolean tracing,
        boolean lambdaInsights) {
    /** Logs are kept a month unless the config says otherwise. */
    public static final int DEFAULT_RETENTION_DAYS = 30;
    public static final Guardrails DEFAULT = new Guardrails(false, DEFAULT_RETENTION_DAYS, true, true, true);
}
