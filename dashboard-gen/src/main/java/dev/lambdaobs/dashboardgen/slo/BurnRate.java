package dev.lambdaobs.dashboardgen.slo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmActions;
import dev.lambdaobs.dashboardgen.alarm.AlarmContext;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.alarm.AlarmDescriptions;
import dev.lambdaobs.dashboardgen.limits.ApplicationSignalsLimits;
import dev.lambdaobs.dashboardgen.naming.NameScope;
import dev.lambdaobs.dashboardgen.registry.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Multiwindow burn-rate alarms on each objective: a fast burn (2 % of a 30-day error budget in an hour: a rate of
 * 14.4 over both the last hour and the last 5 minutes) is critical, a slow burn (5 % in 6 hours: 6 over 6 hours and
 * 30 minutes) a warning. The short window makes an alarm recover soon after the burn stops. Both read the
 * {@code BurnRate} metric Application Signals publishes for each of the objective's look-back windows.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-ServiceLevelObjectives.html">Service level objectives: burn rates</a>
 * @see <a href="https://sre.google/workbook/alerting-on-slos/">The SRE workbook: multiwindow, multi-burn-rate alerts</a>
 */
public final class BurnRate {
    /** The look-back windows every objective publishes a burn rate for, in minutes. */
    static final List<Integer> WINDOWS_MINUTES = List.of(5, 30, 60, 360);
    private static final List<Burn> BURNS = List.of(
            new Burn("FastBurn", Severity.CRITICAL, 60, 5, 14.4, "2% of the 30-day error budget in an hour"),
            new Burn("SlowBurn", Severity.WARNING, 360, 30, 6, "5% of the 30-day error budget in 6 hours"));
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BurnRate() {
    }

    /** The burn-rate alarms of every objective, created after it (its name is their dimension). */
    public static List<AlarmDefinition> alarms(AlarmContext context, List<SloDefinition> slos) {
        List<AlarmDefinition> alarms = new ArrayList<>();
        for (SloDefinition slo : slos) {
            for (Burn burn : BURNS) {
                alarms.add(alarm(context, slo, burn));
            }
        }
        return alarms;
    }

    private static AlarmDefinition alarm(AlarmContext context, SloDefinition slo, Burn burn) {
        String ruleId = "Slo" + slo.kind().title() + burn.id();
        String name = context.names().alarmName(slo.resourceKey(), ruleId);
        ObjectNode properties = JSON.objectNode();
        properties.set("AlarmName", NameScope.value(name));
        properties.put("AlarmDescription", AlarmDescriptions.of(burn.severity(), slo.kind().title() + " objective of "
                + slo.resourceKey() + " burning its error budget fast: " + burn.meaning(), context));
        AlarmActions.apply(properties, List.of());
        ArrayNode metrics = properties.putArray("Metrics");
        metrics.add(burnRate(slo, "long", burn.longWindow()));
        metrics.add(burnRate(slo, "short", burn.shortWindow()));
        metrics.addObject().put("Id", "burn").put("Expression", "MIN([long, short])")
                .put("Label", "Burn rate over " + burn.longWindow() + " and " + burn.shortWindow() + " minutes").put("ReturnData", true);
        properties.put("EvaluationPeriods", 1).put("DatapointsToAlarm", 1).put("Threshold", burn.threshold())
                .put("ComparisonOperator", "GreaterThanThreshold")
                // No requests burn no budget.
                .put("TreatMissingData", "notBreaching");
        return new AlarmDefinition(context.ids().allocate("Alarm", slo.resourceKey(), ruleId), name, burn.severity(),
                AlarmDefinition.METRIC_ALARM, slo.resourceKey(), ruleId, OptionalDouble.of(burn.threshold()), properties,
                List.of(slo.logicalId()), slo.condition());
    }

    private static ObjectNode burnRate(SloDefinition slo, String id, int windowMinutes) {
        ObjectNode query = JSON.objectNode().put("Id", id);
        ObjectNode stat = query.putObject("MetricStat");
        ObjectNode metric = stat.putObject("Metric").put("Namespace", ApplicationSignalsLimits.BURN_RATE_NAMESPACE)
                .put("MetricName", ApplicationSignalsLimits.BURN_RATE_METRIC);
        ArrayNode dimensions = metric.putArray("Dimensions");
        dimensions.addObject().put("Name", ApplicationSignalsLimits.SLO_NAME_DIMENSION)
                .set("Value", slo.name().deepCopy());
        dimensions.addObject().put("Name", ApplicationSignalsLimits.WINDOW_DIMENSION)
                .put("Value", String.valueOf(windowMinutes));
        stat.put("Period", SloPlanner.PERIOD_SECONDS).put("Stat", "Maximum");
        return query.put("ReturnData", false);
    }

    /** One burn-rate alarm: its long and short windows and the rate both must exceed. */
    private record Burn(String id, Severity severity, int longWindow, int shortWindow, double threshold, String meaning) {
    }
}
