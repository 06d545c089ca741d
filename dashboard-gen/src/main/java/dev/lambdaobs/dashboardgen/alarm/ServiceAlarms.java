package dev.lambdaobs.dashboardgen.alarm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.config.RuleOverride;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import dev.lambdaobs.dashboardgen.naming.Names;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Service-wide metric math alarms: the error rate across the service's functions. A math alarm
 * reads at most 10 metrics, so functions are taken five at a time (errors and invocations each).
 * Config: {@code defaults.service.ServiceErrorRate}.
 *
 * <pre>{@code
 * List<AlarmDefinition> alarms = ServiceAlarms.errorRate(context, functions);
 * }</pre>
 */
public final class ServiceAlarms {
    public static final String PROFILE_ID = "service";
    public static final String ERROR_RATE = "ServiceErrorRate";
    private static final int FUNCTIONS_PER_ALARM = CloudWatchLimits.MAX_METRICS_PER_ALARM / 2;
    private static final double DEFAULT_PERCENT = 5;

    private ServiceAlarms() {
    }

    public static List<AlarmDefinition> errorRate(AlarmContext context, List<MonitoredResource> functions) {
        RuleOverride override = context.config().defaultFor(PROFILE_ID, ERROR_RATE);
        if (functions.isEmpty() || override.disabled()) {
            return List.of();
        }
        List<AlarmDefinition> alarms = new ArrayList<>();
        int parts = (functions.size() + FUNCTIONS_PER_ALARM - 1) / FUNCTIONS_PER_ALARM;
        for (int part = 0; part < parts; part++) {
            List<MonitoredResource> group = functions.subList(part * FUNCTIONS_PER_ALARM,
                    Math.min(functions.size(), (part + 1) * FUNCTIONS_PER_ALARM));
            alarms.add(alarm(context, override, group, parts == 1 ? ERROR_RATE : ERROR_RATE + "-Part" + (part + 1)));
        }
        return alarms;
    }

    private static AlarmDefinition alarm(AlarmContext context, RuleOverride override, List<MonitoredResource> group, String id) {
        double threshold = override.threshold().orElse(DEFAULT_PERCENT);
        int period = override.periodSeconds().orElse(60);
        int evaluation = override.evaluationPeriods().orElse(3);
        Severity severity = override.severity().orElse(Severity.CRITICAL);
        String name = Names.alarmName(context.service(), id);
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        properties.put("AlarmName", name);
        List<String> keys = group.stream().map(MonitoredResource::key).toList();
        properties.put("AlarmDescription", AlarmDescriptions.of(severity, "More than " + threshold
                + "% of invocations fail across functions " + String.join(", ", keys), context));
        AlarmActions.apply(properties, context.config().actions(severity));
        ArrayNode metrics = properties.putArray("Metrics");
        List<String> errors = new ArrayList<>();
        List<String> invocations = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            MonitoredResource function = group.get(i);
            metrics.add(MetricQueries.metricStat("AWS/Lambda", function.dimensions(), MetricTerm.of("Errors", "Sum"), "e" + i, period));
            metrics.add(MetricQueries.metricStat("AWS/Lambda", function.dimensions(), MetricTerm.of("Invocations", "Sum"), "i" + i, period));
            errors.add("e" + i);
            invocations.add("i" + i);
        }
        String totalErrors = "SUM([" + String.join(",", errors) + "])";
        String totalInvocations = "SUM([" + String.join(",", invocations) + "])";
        metrics.add(MetricQueries.expression("rate", "IF(" + totalInvocations + " > 0, 100 * " + totalErrors + " / "
                + totalInvocations + ", 0)", "Error rate (%)"));
        properties.put("EvaluationPeriods", evaluation);
        properties.put("DatapointsToAlarm", override.datapointsToAlarm().orElse(evaluation));
        properties.put("Threshold", threshold);
        properties.put("ComparisonOperator", "GreaterThanThreshold");
        properties.put("TreatMissingData", "notBreaching");
        return new AlarmDefinition(context.ids().allocate("Alarm", context.service(), id), name, severity,
                AlarmDefinition.METRIC_ALARM, context.service(), id, OptionalDouble.of(threshold), properties, List.of());
    }
}
