package dev.lambdaobs.dashboardgen.config;

/**
 * An alarm (e.g. "deployment in progress") whose ALARM state keeps the service's composite alarms from
 * paging. Config:
 *
 * <pre>{@code
 * actionsSuppressor:
 *   alarm: orders-deploying          # name or ARN
 *   waitPeriodSeconds: 60            # how long a composite waits for the suppressor to go into ALARM
 *   extensionPeriodSeconds: 300      # how long it stays quiet after the suppressor leaves ALARM
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-compositealarm.html">AWS::CloudWatch::CompositeAlarm: ActionsSuppressor</a>
 */
public record ActionsSuppressor(String alarm, int waitPeriodSeconds, int extensionPeriodSeconds) {
    /** One minute each unless set (both periods are required with a suppressor). */
    public static final int DEFAULT_PERIOD_SECONDS = 60;
}
