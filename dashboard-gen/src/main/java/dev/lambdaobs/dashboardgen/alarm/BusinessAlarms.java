package dev.lambdaobs.dashboardgen.alarm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.core.schema.MetricNames;
import dev.lambdaobs.dashboardgen.config.BusinessMetric;
import dev.lambdaobs.dashboardgen.config.Direction;
import dev.lambdaobs.dashboardgen.config.RuleExtras;
import dev.lambdaobs.dashboardgen.config.RuleOverride;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import dev.lambdaobs.dashboardgen.limits.Statistics;
import dev.lambdaobs.dashboardgen.naming.NameScope;
import dev.lambdaobs.dashboardgen.registry.AlarmMetric;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.Severity;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Alarms on the business metrics the config names ({@code businessMetrics}): the EMF metric in the service's
 * namespace with its {@code Service} dimension, a fixed threshold or an anomaly detection band, on the side the
 * config says. Defaults: {@code Sum} over 300 s, 3 of 3 periods, warning, above. Below a threshold, a period without
 * the metric breaches (an EMF count that is not emitted is zero); otherwise it does not.
 *
 * <pre>{@code
 * List<AlarmDefinition> alarms = BusinessAlarms.of(context, config.signals().businessMetrics(), namespaces, serviceName);
 * }</pre>
 */
public final class BusinessAlarms {
    /** The resource key and alarm name part of business metric alarms. */
    public static final String KEY = "Business";
    static final String DEFAULT_STATISTIC = "Sum";
    static final int DEFAULT_PERIOD_SECONDS = 300;
    static final int DEFAULT_PERIODS = 3;

    private BusinessAlarms() {
    }

    /**
     * @param namespaces the service's EMF namespaces (CloudFormation values); a metric without its own needs exactly one
     * @param service    the value of the {@code Service} dimension a metric without its own gets
     */
    public static List<AlarmDefinition> of(AlarmContext context, List<BusinessMetric> metrics, List<JsonNode> namespaces,
            JsonNode service) {
        List<AlarmDefinition> alarms = new ArrayList<>();
        for (BusinessMetric metric : metrics) {
            if (!metric.rule().disabled()) {
                alarms.add(alarm(context, metric, namespace(metric, namespaces), metric.service().map(Intrinsics::text).orElse(service)));
            }
        }
        return alarms;
    }

    private static JsonNode namespace(BusinessMetric metric, List<JsonNode> namespaces) {
        if (metric.namespace().isPresent()) {
            return Intrinsics.text(metric.namespace().get());
        }
        if (namespaces.size() != 1) {
            throw new BadInputException(metric.location(), "businessMetrics." + metric.name() + ": the service has "
                    + (namespaces.isEmpty() ? "no EMF namespace (set metricsNamespace or POWERTOOLS_METRICS_NAMESPACE)"
                    : namespaces.size() + " EMF namespaces") + "; set businessMetrics." + metric.name() + ".namespace");
        }
        return namespaces.get(0);
    }

    private static AlarmDefinition alarm(AlarmContext context, BusinessMetric metric, JsonNode namespace, JsonNode service) {
        RuleOverride rule = metric.rule();
        RuleExtras extras = rule.extras();
        int period = rule.periodSeconds().orElse(DEFAULT_PERIOD_SECONDS);
        int periods = rule.evaluationPeriods().orElse(DEFAULT_PERIODS);
        int datapoints = rule.datapointsToAlarm().orElse(periods);
        CloudWatchLimits.alarmEvaluationProblem(period, periods, datapoints).ifPresent(problem -> {
            throw new BadInputException(metric.location(), "businessMetrics." + metric.name() + ": " + problem);
        });
        Severity severity = rule.severity().orElse(Severity.WARNING);
        Direction direction = extras.direction().orElse(Direction.ABOVE);
        String statistic = extras.statistic().orElse(DEFAULT_STATISTIC);
        String name = context.names().alarmName(KEY, metric.name());
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        properties.set("AlarmName", NameScope.value(name));
        String side = extras.anomalyBand().isPresent() ? direction.key() + " its expected band" : direction.key() + " "
                + rule.threshold().getAsDouble();
        properties.put("AlarmDescription", AlarmDescriptions.of(severity, "Business metric " + metric.name() + " (" + statistic
                + ") is " + side, context, extras.runbook()));
        AlarmActions.apply(properties, rule.actions().orElse(List.of()));
        MetricTerm term = new MetricTerm("m1", metric.name(), statistic, Map.of());
        Map<String, JsonNode> dimensions = Map.of(MetricNames.DIMENSION_SERVICE, service);
        if (extras.anomalyBand().isPresent()) {
            AnomalyBand.write(properties, "", dimensions, new AlarmMetric.Single(term), period, extras.anomalyBand().getAsDouble(),
                    direction.bandOperator());
            ((ObjectNode) properties.get("Metrics").get(0).get("MetricStat").get("Metric")).set("Namespace", namespace);
        } else {
            properties.set("Namespace", namespace);
            properties.put("MetricName", metric.name());
            properties.set("Dimensions", MetricQueries.dimensions(dimensions, term));
            properties.put(Statistics.isStandard(statistic) ? "Statistic" : "ExtendedStatistic", statistic);
            properties.put("Period", period);
        }
        properties.put("EvaluationPeriods", periods);
        properties.put("DatapointsToAlarm", datapoints);
        if (extras.anomalyBand().isEmpty()) {
            properties.put("Threshold", rule.threshold().getAsDouble());
            properties.put("ComparisonOperator", direction.thresholdOperator());
        }
        properties.put("TreatMissingData", direction == Direction.BELOW && extras.anomalyBand().isEmpty() ? "breaching" : "notBreaching");
        return new AlarmDefinition(context.ids().allocate("Alarm", KEY, metric.name()), name, severity, AlarmDefinition.METRIC_ALARM,
                KEY, metric.name(), extras.anomalyBand().isPresent() ? OptionalDouble.empty() : rule.threshold(), properties, List.of());
    }
}
