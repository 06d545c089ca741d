package dev.lambdaobs.dashboardgen.preview.alarm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.preview.data.ApiRoutes;
import dev.lambdaobs.dashboardgen.preview.data.Datapoints;
import dev.lambdaobs.dashboardgen.preview.data.LocalMetrics;
import dev.lambdaobs.dashboardgen.preview.data.MetricRef;
import dev.lambdaobs.dashboardgen.preview.data.Series;
import dev.lambdaobs.dashboardgen.preview.data.Statistic;
import dev.lambdaobs.dashboardgen.registry.TreatMissing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;

/**
 * Evaluates a metric alarm (its CloudFormation properties) on local data, at the time of the newest
 * local sample: the alarm's statistic per period over its metric, or its metric math, then
 * {@link Evaluation}. Like CloudWatch it looks at more periods than EvaluationPeriods; as in the
 * documentation's examples, N + 2. An alarm on {@code AWS/DynamoDB} metrics ignores missing data, as
 * PutMetricAlarm documents, so with no local data it keeps a new alarm's INSUFFICIENT_DATA. A Metrics
 * Insights query is run over the local series ({@link InsightsSeries}); with GROUP BY each time series
 * is a contributor ({@link ContributorEvaluation}). An alarm on a percentile applies
 * EvaluateLowSampleCountPercentile ({@link LowSampleCount}).
 */
final class MetricAlarmEvaluator {
    /** Periods looked at beyond EvaluationPeriods, as the documentation's examples do (5 for 3). */
    static final int EXTRA_PERIODS = 2;
    /**
     * Alarms on this namespace's metrics always ignore missing data, whatever their TreatMissingData.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html">PutMetricAlarm TreatMissingData</a>
     */
    static final String DYNAMODB = "AWS/DynamoDB";

    private final LocalMetrics metrics;
    private final long now;

    MetricAlarmEvaluator(LocalMetrics metrics) {
        this.metrics = metrics;
        this.now = metrics.lastSampleMillis();
    }

    AlarmVerdict evaluate(String name, String severity, JsonNode properties) {
        int evaluationPeriods = properties.path("EvaluationPeriods").asInt(1);
        int datapointsToAlarm = properties.path("DatapointsToAlarm").asInt(evaluationPeriods);
        String operator = properties.path("ComparisonOperator").asText();
        double threshold = properties.path("Threshold").asDouble();
        TreatMissing declared = Arrays.stream(TreatMissing.values())
                .filter(t -> t.cfnName().equals(properties.path("TreatMissingData").asText("missing"))).findFirst()
                .orElse(TreatMissing.MISSING);
        JsonNode queries = properties.path("Metrics");
        AlarmQueries read = AlarmQueries.of(properties);
        TreatMissing treatMissing = read.namespaces().contains(DYNAMODB) ? TreatMissing.IGNORE : declared;
        int period = queries.isArray() ? firstPeriod(queries) : properties.path("Period").asInt(60);
        // A threshold under a template condition (Fn::If) has no one value locally: shown as the condition's choice.
        boolean conditional = properties.path("Threshold").isObject();
        String condition = String.format(Locale.ROOT, "%s %s %s for %d of %d × %d s, missing data: %s", subject(properties),
                Comparisons.symbol(operator), conditional ? "Fn::If" : Comparisons.number(threshold), datapointsToAlarm,
                evaluationPeriods, period,
                treatMissing == declared ? declared.cfnName()
                        : "ignore (AWS/DynamoDB alarms always ignore missing data; " + declared.cfnName() + " is set)");
        if (conditional) {
            return notEvaluated(name, severity, condition, "the threshold depends on a template condition (Fn::If)");
        }
        DoublePredicate breaches = Comparisons.breaching(operator, threshold);
        if (breaches == null) {
            return notEvaluated(name, severity, condition, operator + " compares with an anomaly detection band, "
                    + "which needs CloudWatch's trained model");
        }
        List<Long> range = range(period, evaluationPeriods + EXTRA_PERIODS);
        List<Series> fed = new ArrayList<>();
        Evaluation evaluation;
        try {
            InsightsQuery grouped = queries.isArray() ? read.grouped() : null;
            if (grouped != null) {
                InsightsSeries.Result result = InsightsSeries.run(grouped, metrics, period, range);
                fed.addAll(result.matched());
                evaluation = ContributorEvaluation.of(range, result.contributors(), breaches, evaluationPeriods, datapointsToAlarm,
                        treatMissing);
            } else {
                NavigableMap<Long, Double> values = queries.isArray() ? math(read, period, range, fed) : single(properties, period, fed);
                values.keySet().retainAll(range);
                evaluation = Evaluation.of(range, values, breaches, evaluationPeriods, datapointsToAlarm, treatMissing);
                evaluation = queries.isArray() ? evaluation : lowSamples(properties, evaluation, fed, period);
            }
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return notEvaluated(name, severity, condition, e.getMessage());
        }
        String reason = (fed.isEmpty() ? "no local data for its metric; " : "") + evaluation.reason();
        return new AlarmVerdict(name, severity, false, evaluation.state(), condition, reason, evaluation.evaluated(), !fed.isEmpty());
    }

    private NavigableMap<Long, Double> single(JsonNode properties, int period, List<Series> fed) {
        List<Series> series = metrics.matching(metric(properties));
        fed.addAll(series);
        return Datapoints.of(series, Statistic.parse(statistic(properties)), period);
    }

    /** EvaluateLowSampleCountPercentile, for an alarm on a percentile. */
    private static Evaluation lowSamples(JsonNode properties, Evaluation evaluation, List<Series> series, int period) {
        OptionalDouble percentile = Statistic.parse(statistic(properties)).percentile();
        if (percentile.isEmpty()) {
            return evaluation;
        }
        return LowSampleCount.apply(evaluation, properties.path("EvaluateLowSampleCountPercentile").asText(LowSampleCount.EVALUATE),
                percentile.getAsDouble(), Datapoints.of(series, Statistic.parse("SampleCount"), period));
    }

    private NavigableMap<Long, Double> math(AlarmQueries queries, int period, List<Long> range, List<Series> fed) {
        Map<String, NavigableMap<Long, Double>> byId = new LinkedHashMap<>();
        NavigableMap<Long, Double> returned = null;
        for (AlarmQueries.Query read : queries.all()) {
            JsonNode query = read.json();
            NavigableMap<Long, Double> values;
            if (query.has("MetricStat")) {
                JsonNode stat = query.path("MetricStat");
                List<Series> series = metrics.matching(metric(stat.path("Metric")));
                fed.addAll(series);
                values = Datapoints.of(series, Statistic.parse(stat.path("Stat").asText()), stat.path("Period").asInt(period));
            } else if (read.hasExpression() && read.readInsights() != null) {
                values = aggregate(read.insights(), query.path("Period").asInt(period), range, fed);
            } else if (read.hasExpression()) {
                values = MetricMath.evaluate(read.readExpression(), byId, range);
            } else {
                throw new UnsupportedOperationException("query " + query.path("Id").asText() + " is neither a metric nor an expression");
            }
            byId.put(query.path("Id").asText(), values);
            if (query.path("ReturnData").asBoolean(true)) {
                returned = values;
            }
        }
        if (returned == null) {
            throw new UnsupportedOperationException("no query returns data");
        }
        return new java.util.TreeMap<>(returned);
    }

    /** A Metrics Insights query without GROUP BY: its one time series, which metric math may use like a metric. */
    private NavigableMap<Long, Double> aggregate(InsightsQuery query, int period, List<Long> range, List<Series> fed) {
        if (query.grouped()) {
            throw new UnsupportedOperationException("metric math on the time series of a GROUP BY query");
        }
        InsightsSeries.Result result = InsightsSeries.run(query, metrics, period, range);
        fed.addAll(result.matched());
        return result.contributors().isEmpty() ? new java.util.TreeMap<>() : result.contributors().get(0).values();
    }

    private static String statistic(JsonNode properties) {
        return properties.path("Statistic").asText(properties.path("ExtendedStatistic").asText());
    }

    private static MetricRef metric(JsonNode metric) {
        return new MetricRef(metric.path("Namespace").asText(), metric.path("MetricName").asText(),
                ApiRoutes.dimensionMap(metric.path("Dimensions")));
    }

    private List<Long> range(int periodSeconds, int periods) {
        long period = periodSeconds * 1000L;
        long newest = Datapoints.periodStart(now, period);
        List<Long> range = new ArrayList<>();
        for (int i = periods - 1; i >= 0; i--) {
            range.add(newest - i * period);
        }
        return range;
    }

    private static int firstPeriod(JsonNode queries) {
        for (JsonNode query : queries) {
            if (query.has("MetricStat")) {
                return query.path("MetricStat").path("Period").asInt(60);
            }
        }
        return queries.path(0).path("Period").asInt(60);
    }

    private static String subject(JsonNode properties) {
        if (properties.path("Metrics").isArray()) {
            for (JsonNode query : properties.path("Metrics")) {
                if (query.path("ReturnData").asBoolean(true)) {
                    return query.path("Label").asText(query.path("Expression").asText(query.path("Id").asText()));
                }
            }
        }
        return properties.path("MetricName").asText() + " " + statistic(properties);
    }

    private static AlarmVerdict notEvaluated(String name, String severity, String condition, String why) {
        return new AlarmVerdict(name, severity, false, null, condition, "not evaluated locally: " + why, List.of(), false);
    }
}
