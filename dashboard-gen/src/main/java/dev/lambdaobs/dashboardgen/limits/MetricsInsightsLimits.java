package dev.lambdaobs.dashboardgen.limits;

import java.time.Duration;
import java.util.Map;

/** The CloudWatch Metrics Insights limits the Insights-style alarms respect. */
public final class MetricsInsightsLimits {
    /**
     * Metrics Insights alarms per account and Region (a default quota): {@code --alarm-style auto} uses at most this
     * many, {@code insights} fails when it would need more.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-limits.html">Limits that apply to alarms based on Metrics Insights queries</a>
     */
    public static final int MAX_INSIGHTS_ALARMS_PER_REGION = 200;
    /**
     * Only the latest three hours of data are evaluated: period times evaluation periods must fit in them.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-limits.html">Limits that apply to alarms based on Metrics Insights queries</a>
     */
    public static final Duration MAX_EVALUATION_WINDOW = Duration.ofHours(3);
    /**
     * Time series one query returns; more leaves the alarm in PARTIAL_DATA, so a query names fewer resources.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-limits.html">Metrics Insights quotas</a>
     */
    public static final int MAX_TIME_SERIES_PER_QUERY = 500;
    /**
     * Metrics one query processes (each grouped resource is one metric here).
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-limits.html">Metrics Insights quotas</a>
     */
    public static final int MAX_METRICS_PER_QUERY = 10_000;
    /**
     * Contributors of a multi-time-series alarm reported in ALARM; the alarm itself still goes to ALARM.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-limits.html">Limits that apply to alarms based on Metrics Insights queries</a>
     */
    public static final int MAX_CONTRIBUTORS_IN_ALARM = 100;
    /**
     * Metrics Insights has no high-resolution data: periods are at least a minute.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-limits.html">Metrics Insights quotas</a>
     */
    public static final int MIN_PERIOD_SECONDS = 60;
    /**
     * Longest {@code Expression} of a metric data query (the registry schema's {@code maxLength}).
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDataQuery.html">MetricDataQuery: Expression</a>
     */
    public static final int MAX_EXPRESSION_LENGTH = 2_048;
    /**
     * The functions of the SELECT clause, by the CloudWatch statistic each stands for.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-querylanguage.html">Metrics Insights query components and syntax</a>
     */
    public static final Map<String, String> FUNCTIONS = Map.of("Sum", "SUM", "Average", "AVG", "Maximum", "MAX", "Minimum", "MIN",
            "SampleCount", "COUNT");
    /**
     * Longest value a dimension can have when the template gives it as a {@code Ref} (the deployed name is not known
     * when generating): a Lambda function name has at most 64 characters.
     *
     * @see <a href="https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html">CreateFunction: FunctionName</a>
     */
    public static final Map<String, Integer> MAX_REFERENCED_VALUE_LENGTH = Map.of("FunctionName", 64);

    private MetricsInsightsLimits() {
    }
}
