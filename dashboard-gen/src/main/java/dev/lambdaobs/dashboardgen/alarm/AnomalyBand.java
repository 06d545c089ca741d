package dev.lambdaobs.dashboardgen.alarm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.config.Direction;
import dev.lambdaobs.dashboardgen.registry.AlarmMetric;
import dev.lambdaobs.dashboardgen.registry.Comparison;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * An anomaly detection alarm: the metric (or the rule's math expression) and {@code ANOMALY_DETECTION_BAND(id, band)},
 * with {@code ThresholdMetricId} naming the band instead of a fixed {@code Threshold}. CloudWatch trains the model
 * when the alarm is created; the alarm shows INSUFFICIENT_DATA until it has.
 *
 * <pre>{@code
 * AnomalyBand.write(properties, "AWS/Lambda", dimensions, metric, 300, 2, AnomalyBand.operator(Optional.empty(), Comparison.LESS_THAN));
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Anomaly_Detection_Alarm.html">Creating a CloudWatch alarm based on anomaly detection</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-alarm.html">AWS::CloudWatch::Alarm: ThresholdMetricId, ComparisonOperator</a>
 */
final class AnomalyBand {
    /** The id of the band's query, which {@code ThresholdMetricId} names. */
    static final String BAND_ID = "ad1";
    /** The metric math function of the band. @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html">Metric math functions: ANOMALY_DETECTION_BAND</a> */
    static final String FUNCTION = "ANOMALY_DETECTION_BAND";

    private AnomalyBand() {
    }

    /** The band comparison: the direction the config sets, else the side the rule's own comparison watches. */
    static String operator(Optional<Direction> direction, Comparison comparison) {
        Direction side = direction.orElse(comparison == Comparison.LESS_THAN || comparison == Comparison.LESS_OR_EQUAL
                ? Direction.BELOW : Direction.ABOVE);
        return side.bandOperator();
    }

    static void write(ObjectNode properties, String namespace, Map<String, JsonNode> dimensions, AlarmMetric metric, int period,
            double band, String operator) {
        ArrayNode queries = properties.putArray("Metrics");
        String watched;
        if (metric instanceof AlarmMetric.Single single) {
            watched = "m1";
            queries.add(MetricQueries.metricStat(namespace, dimensions, single.metric(), watched, period).put("ReturnData", true));
        } else {
            AlarmMetric.Math math = (AlarmMetric.Math) metric;
            for (MetricTerm term : math.terms()) {
                queries.add(MetricQueries.metricStat(namespace, dimensions, term, term.id(), period));
            }
            watched = "e1";
            queries.add(MetricQueries.expression(watched, math.expression(), math.label()));
        }
        String width = BigDecimal.valueOf(band).stripTrailingZeros().toPlainString();
        queries.add(MetricQueries.expression(BAND_ID, FUNCTION + "(" + watched + ", " + width + ")",
                "Expected (" + width + " standard deviations)"));
        properties.put("ThresholdMetricId", BAND_ID);
        properties.put("ComparisonOperator", operator);
    }
}
