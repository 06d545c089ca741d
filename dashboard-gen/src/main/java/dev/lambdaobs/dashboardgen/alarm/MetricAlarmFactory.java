package dev.lambdaobs.dashboardgen.alarm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.config.Direction;
import dev.lambdaobs.dashboardgen.config.RuleExtras;
import dev.lambdaobs.dashboardgen.config.RuleOverride;
import dev.lambdaobs.dashboardgen.limits.Statistics;
import dev.lambdaobs.dashboardgen.registry.Threshold;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import dev.lambdaobs.dashboardgen.naming.NameScope;
import dev.lambdaobs.dashboardgen.registry.AlarmMetric;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Turns a rule applied to a resource into an {@code AWS::CloudWatch::Alarm}.
 *
 * <pre>{@code
 * Optional<AlarmDefinition> alarm = MetricAlarmFactory.create(context, function, errorsRule, override, skipped);
 * }</pre>
 */
public final class MetricAlarmFactory {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MetricAlarmFactory() {
    }

    /** The alarm, or empty with the reason added to {@code skipped} (disabled, threshold not derivable, invalid override). */
    public static Optional<AlarmDefinition> create(AlarmContext context, MonitoredResource resource, AlarmRule rule,
            RuleOverride override, List<String> skipped) {
        String what = resource.key() + " " + rule.id();
        if (override.disabled()) {
            skipped.add(what + ": disabled by config or Metadata");
            return Optional.empty();
        }
        EffectiveRule effective = EffectiveRule.of(rule, resource, override);
        RuleExtras extras = override.extras();
        boolean band = extras.anomalyBand().isPresent();
        // A threshold under a template condition (a Timeout written !If) is written as that Fn::If, config overrides aside.
        Optional<com.fasterxml.jackson.databind.JsonNode> conditional = band || effective.threshold().isPresent() ? Optional.empty()
                : rule.threshold().conditional(resource);
        if (!band && effective.threshold().isEmpty() && conditional.isEmpty()) {
            if (rule.threshold() == Threshold.OPT_IN) {
                return Optional.empty();
            }
            skipped.add(resource.location() + " " + what + ": threshold cannot be derived (e.g. Timeout is not a literal); "
                    + "set alarms." + rule.id() + ".threshold in the config");
            return Optional.empty();
        }
        Optional<String> problem = CloudWatchLimits.alarmEvaluationProblem(effective.periodSeconds(), effective.evaluationPeriods(),
                effective.datapointsToAlarm());
        if (problem.isPresent()) {
            throw new dev.lambdaobs.dashboardgen.input.BadInputException(resource.location(), "override of " + what + ": " + problem.get());
        }
        AlarmMetric metric = withStatistic(rule.metric(), extras.statistic(), resource, what);
        String name = context.names().alarmName(resource.key(), rule.id());
        ObjectNode properties = JSON.objectNode();
        properties.set("AlarmName", NameScope.value(name));
        properties.put("AlarmDescription", AlarmDescriptions.of(effective.severity(), rule.description(), resource, context,
                extras.runbook()));
        // Only the service's composite alarm pages by default; an alarm of its own actions only when the config says so.
        AlarmActions.apply(properties, override.actions().orElse(List.of()));
        if (band) {
            AnomalyBand.write(properties, resource.profile().namespace(), resource.dimensions(), metric, effective.periodSeconds(),
                    extras.anomalyBand().getAsDouble(), AnomalyBand.operator(extras.direction(), rule.comparison()));
        } else {
            metric(properties, resource, metric, effective.periodSeconds());
        }
        properties.put("EvaluationPeriods", effective.evaluationPeriods());
        properties.put("DatapointsToAlarm", effective.datapointsToAlarm());
        if (conditional.isPresent()) {
            properties.set("Threshold", conditional.get());
        } else if (!band) {
            properties.put("Threshold", effective.threshold().getAsDouble());
        }
        if (!band) {
            properties.put("ComparisonOperator", extras.direction().map(Direction::thresholdOperator).orElse(rule.comparison().cfnName()));
        }
        properties.put("TreatMissingData", rule.treatMissing().cfnName());
        String logicalId = context.ids().allocate("Alarm", resource.key(), rule.id());
        return Optional.of(new AlarmDefinition(logicalId, name, effective.severity(), AlarmDefinition.METRIC_ALARM, resource.key(),
                rule.id(), band ? java.util.OptionalDouble.empty() : effective.threshold(), properties, List.of(), resource.condition()));
    }

    /** The rule's metric with the statistic an override sets; only a single-metric rule's statistic can change. */
    private static AlarmMetric withStatistic(AlarmMetric metric, Optional<String> statistic, MonitoredResource resource, String what) {
        if (statistic.isEmpty()) {
            return metric;
        }
        if (!(metric instanceof AlarmMetric.Single single)) {
            throw new dev.lambdaobs.dashboardgen.input.BadInputException(resource.location(), "statistic override of " + what
                    + ": the rule is a metric math expression over fixed statistics; statistic applies to single-metric rules");
        }
        MetricTerm term = single.metric();
        return new AlarmMetric.Single(new MetricTerm(term.id(), term.metricName(), statistic.get(), term.extraDimensions()));
    }

    private static void metric(ObjectNode properties, MonitoredResource resource, AlarmMetric metric, int period) {
        String namespace = resource.profile().namespace();
        if (metric instanceof AlarmMetric.Single single) {
            MetricTerm term = single.metric();
            properties.put("Namespace", namespace).put("MetricName", term.metricName());
            properties.set("Dimensions", MetricQueries.dimensions(resource.dimensions(), term));
            properties.put(Statistics.isStandard(term.statistic()) ? "Statistic" : "ExtendedStatistic", term.statistic());
            properties.put("Period", period);
            return;
        }
        AlarmMetric.Math math = (AlarmMetric.Math) metric;
        ArrayNode queries = properties.putArray("Metrics");
        for (MetricTerm term : math.terms()) {
            queries.add(MetricQueries.metricStat(namespace, resource.dimensions(), term, term.id(), period));
        }
        queries.add(MetricQueries.expression("e1", math.expression(), math.label()));
    }

    /** Shared with the other alarm builders: the severity word starts every description. */
    static String severityPrefix(Severity severity) {
        return "[" + severity.key().toUpperCase(java.util.Locale.ROOT) + "] ";
    }
}
