package dev.lambdaobs.dashboardgen.alarm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.config.RuleOverride;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import dev.lambdaobs.dashboardgen.naming.NameScope;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        // Functions created under a condition are summed in alarms of their own carrying it: a metric that names them
        // would fail the deploy when they are not created.
        Map<Optional<String>, List<MonitoredResource>> byCondition = new LinkedHashMap<>();
        functions.forEach(f -> byCondition.computeIfAbsent(f.condition(), c -> new ArrayList<>()).add(f));
        List<List<MonitoredResource>> groups = new ArrayList<>();
        byCondition.values().forEach(same -> {
            for (int from = 0; from < same.size(); from += FUNCTIONS_PER_ALARM) {
                groups.add(same.subList(from, Math.min(same.size(), from + FUNCTIONS_PER_ALARM)));
            }
        });
        List<AlarmDefinition> alarms = new ArrayList<>();
        for (int part = 0; part < groups.size(); part++) {
            alarms.add(alarm(context, override, groups.get(part), groups.size() == 1 ? ERROR_RATE : ERROR_RATE + "-Part" + (part + 1)));
        }
        return alarms;
    }

    private static AlarmDefinition alarm(AlarmContext context, RuleOverride override, List<MonitoredResource> group, String id) {
        double threshold = override.threshold().orElse(DEFAULT_PERCENT);
        int period = override.periodSeconds().orElse(60);
        int evaluation = override.evaluationPeriods().orElse(3);
        Severity severity = override.severity().orElse(Severity.CRITICAL);
        String name = context.names().alarmName(id);
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        properties.set("AlarmName", NameScope.value(name));
        List<String> keys = group.stream().map(MonitoredResource::key).toList();
        properties.put("AlarmDescription", AlarmDescriptions.of(severity, "More than " + threshold
                + "% of invocations fail across functions " + String.join(", ", keys), context));
        AlarmActions.apply(properties, override.actions().orElse(List.of()));
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
                AlarmDefinition.METRIC_ALARM, context.service(), id, OptionalDouble.of(threshold), properties, List.of(),
                group.get(0).condition());
    }
}
