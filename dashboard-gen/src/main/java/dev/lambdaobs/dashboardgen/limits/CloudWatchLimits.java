package dev.lambdaobs.dashboardgen.limits;

import java.util.Optional;

/** The CloudWatch limits generated alarms, dashboards and queries must respect. */
public final class CloudWatchLimits {
    /** @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html">CloudWatch service quotas (Dashboards)</a> */
    public static final int MAX_WIDGETS_PER_DASHBOARD = 500;
    /** @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html">CloudWatch service quotas (Dashboards)</a> */
    public static final int MAX_METRICS_PER_DASHBOARD = 2_500;
    /** @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html">CloudWatch service quotas (Dashboards)</a> */
    public static final int MAX_METRICS_PER_WIDGET = 500;
    /** Alarm status widgets list at most 100 alarms. @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html">Dashboard body structure (alarm widget)</a> */
    public static final int MAX_ALARMS_PER_ALARM_WIDGET = 100;
    /** Dashboard grid width in units. @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html">Dashboard body structure</a> */
    public static final int DASHBOARD_GRID_WIDTH = 24;
    /** @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutDashboard.html">PutDashboard: DashboardName</a> */
    public static final int MAX_DASHBOARD_NAME_LENGTH = 255;
    /** Allowed characters of a dashboard name. @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutDashboard.html">PutDashboard: DashboardName</a> */
    public static final String DASHBOARD_NAME_PATTERN = "[A-Za-z0-9_-]+";

    /** @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html">PutMetricAlarm: AlarmName</a> */
    public static final int MAX_ALARM_NAME_LENGTH = 255;
    /** @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html">PutMetricAlarm: AlarmDescription</a> */
    public static final int MAX_ALARM_DESCRIPTION_LENGTH = 1_024;
    /** Evaluation periods times period. @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html">PutMetricAlarm: EvaluationPeriods</a> */
    public static final int MAX_ALARM_EVALUATION_SECONDS = 86_400;
    /** "Alarms based on metric math expressions can have up to 10 metrics." @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html">CloudWatch service quotas (Alarms)</a> */
    public static final int MAX_METRICS_PER_ALARM = 10;
    /** @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html">PutCompositeAlarm: AlarmRule</a> */
    public static final int MAX_COMPOSITE_RULE_LENGTH = 10_240;
    /** Alarms one composite rule may name. @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html">PutCompositeAlarm</a> */
    public static final int MAX_COMPOSITE_CHILDREN = 100;
    /** Actions per alarm state. @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html">PutMetricAlarm: AlarmActions</a> */
    public static final int MAX_ALARM_ACTIONS = 5;

    /** Log groups one Logs Insights query may name ("You can include up to 50 log groups"). @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html">StartQuery: logGroupNames</a> */
    public static final int MAX_LOG_GROUPS_PER_QUERY = 50;
    /** @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutQueryDefinition.html">PutQueryDefinition: queryString</a> */
    public static final int MAX_QUERY_STRING_LENGTH = 10_000;
    /** @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutQueryDefinition.html">PutQueryDefinition: name</a> */
    public static final int MAX_QUERY_NAME_LENGTH = 255;

    /** The retention periods a log group accepts, in days. @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html">PutRetentionPolicy: retentionInDays</a> */
    public static final java.util.List<Integer> LOG_RETENTION_DAYS = java.util.List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180,
            365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    private CloudWatchLimits() {
    }

    /** Why a period/evaluation combination is invalid, or empty when it is fine. */
    public static Optional<String> alarmEvaluationProblem(int periodSeconds, int evaluationPeriods, int datapoints) {
        if (periodSeconds != 10 && periodSeconds != 30 && (periodSeconds <= 0 || periodSeconds % 60 != 0)) {
            return Optional.of("period " + periodSeconds + "s must be 10, 30 or a multiple of 60 seconds");
        }
        if (evaluationPeriods < 1 || (long) evaluationPeriods * periodSeconds > MAX_ALARM_EVALUATION_SECONDS) {
            return Optional.of("evaluationPeriods " + evaluationPeriods + " x period " + periodSeconds
                    + "s must be at least one period and at most " + MAX_ALARM_EVALUATION_SECONDS + " seconds");
        }
        if (datapoints < 1 || datapoints > evaluationPeriods) {
            return Optional.of("datapointsToAlarm " + datapoints + " must be between 1 and evaluationPeriods " + evaluationPeriods);
        }
        return Optional.empty();
    }
}
