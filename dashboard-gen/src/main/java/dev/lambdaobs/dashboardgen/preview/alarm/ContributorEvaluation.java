package dev.lambdaobs.dashboardgen.preview.alarm;

import dev.lambdaobs.dashboardgen.limits.MetricsInsightsLimits;
import dev.lambdaobs.dashboardgen.registry.TreatMissing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * The state of an alarm on a Metrics Insights query with GROUP BY: each time series the query returns is
 * a contributor with a state of its own, evaluated like any alarm ({@link Evaluation}), and the alarm goes
 * to ALARM when any contributor is in ALARM. A contributor is only ever ALARM or OK (it exists only while
 * it has data), so one that {@link Evaluation} would leave INSUFFICIENT_DATA counts as OK. When the query
 * returns no time series at all, the alarm's missing data treatment decides, as for any alarm without
 * data. The reason names the contributors in ALARM as CloudWatch's state reason does, up to
 * {@link MetricsInsightsLimits#MAX_CONTRIBUTORS_IN_ALARM}, then "100+".
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Metrics_Insights_Alarm.html">Create an alarm based on a Metrics Insights query: "The alarm activates when any contributor enters the ALARM state"</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Acting_Alarm_Changes.html">Acting on alarm changes: a contributor is only in ALARM or OK</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-limits.html">Limits: "95 out of 150 time series evaluated to ALARM"</a>
 */
final class ContributorEvaluation {
    private ContributorEvaluation() {
    }

    /** The alarm's evaluation; its datapoints are those of the first contributor in ALARM, or of the first one. */
    static Evaluation of(List<Long> range, List<InsightsSeries.Contributor> contributors, DoublePredicate breaches,
            int evaluationPeriods, int datapointsToAlarm, TreatMissing treatMissing) {
        if (contributors.isEmpty()) {
            Evaluation none = Evaluation.of(range, Map.of(), breaches, evaluationPeriods, datapointsToAlarm, treatMissing);
            return new Evaluation(none.state(), "the query returns no time series; " + none.reason(), none.evaluated());
        }
        List<String> firing = new ArrayList<>();
        Evaluation shown = null;
        String shownLabel = null;
        for (InsightsSeries.Contributor contributor : contributors) {
            Evaluation evaluation = Evaluation.of(range, contributor.values(), breaches, evaluationPeriods, datapointsToAlarm,
                    treatMissing);
            boolean alarm = evaluation.state() == AlarmState.ALARM;
            if (alarm) {
                firing.add(contributor.label());
            }
            if (shown == null || (alarm && firing.size() == 1)) {
                shown = evaluation;
                shownLabel = contributor.label();
            }
        }
        String count = firing.size() > MetricsInsightsLimits.MAX_CONTRIBUTORS_IN_ALARM
                ? MetricsInsightsLimits.MAX_CONTRIBUTORS_IN_ALARM + "+ time series evaluated to ALARM"
                : firing.size() + " out of " + contributors.size() + " time series evaluated to ALARM";
        String names = firing.isEmpty() ? "" : " (" + String.join("; ", firing.subList(0,
                Math.min(firing.size(), MetricsInsightsLimits.MAX_CONTRIBUTORS_IN_ALARM))) + ")";
        return new Evaluation(firing.isEmpty() ? AlarmState.OK : AlarmState.ALARM,
                count + names + "; " + shownLabel + ": " + shown.reason(), shown.evaluated());
    }
}
