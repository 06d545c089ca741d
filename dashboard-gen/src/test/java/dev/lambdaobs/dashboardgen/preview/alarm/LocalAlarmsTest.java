package dev.lambdaobs.dashboardgen.preview.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.preview.data.LocalMetrics;
import dev.lambdaobs.dashboardgen.preview.data.Series;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Alarms as generate writes them to alarms.json, evaluated on local metrics. */
class LocalAlarmsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = 1_796_224_940_000L;

    private static LocalMetrics metrics() {
        LocalMetrics metrics = new LocalMetrics();
        Map<String, String> pay = Map.of("FunctionName", "stack-PayFunction-AB12");
        Map<String, String> ship = Map.of("FunctionName", "stack-ShipFunction-CD34");
        for (int i = 0; i < 4; i++) {
            metrics.add("AWS/Lambda", "Invocations", pay, "Count", Series.DERIVED, T0 + i * 1000, 1);
            metrics.add("AWS/Lambda", "Errors", pay, "Count", Series.DERIVED, T0 + i * 1000, i == 2 ? 1 : 0);
            metrics.add("AWS/Lambda", "Duration", pay, "Milliseconds", Series.DERIVED, T0 + i * 1000, 100 + i * 1000);
            metrics.add("AWS/Lambda", "Invocations", ship, "Count", Series.DERIVED, T0 + i * 1000, 1);
            metrics.add("AWS/Lambda", "Errors", ship, "Count", Series.DERIVED, T0 + i * 1000, 0);
        }
        return metrics;
    }

    private static JsonNode alarm(String name, String severity, String properties) throws Exception {
        return JSON.readTree("{\"name\":\"" + name + "\",\"severity\":\"" + severity + "\",\"type\":\"AWS::CloudWatch::Alarm\","
                + "\"properties\":" + properties + "}");
    }

    private static String single(String function, String metric, String statistic, String operator, double threshold) {
        return "{\"Namespace\":\"AWS/Lambda\",\"MetricName\":\"" + metric + "\",\"Dimensions\":[{\"Name\":\"FunctionName\","
                + "\"Value\":{\"Ref\":\"" + function + "\"}}]," + statistic + ",\"Period\":60,\"EvaluationPeriods\":1,"
                + "\"DatapointsToAlarm\":1,\"Threshold\":" + threshold + ",\"ComparisonOperator\":\"" + operator + "\","
                + "\"TreatMissingData\":\"notBreaching\"}";
    }

    @Test
    void singleMetricAlarmsApplyStatisticComparisonAndThreshold() throws Exception {
        var alarms = JSON.createArrayNode()
                .add(alarm("pay-errors", "critical", single("PayFunction", "Errors", "\"Statistic\":\"Sum\"", "GreaterThanThreshold", 0)))
                .add(alarm("ship-errors", "critical", single("ShipFunction", "Errors", "\"Statistic\":\"Sum\"", "GreaterThanThreshold", 0)))
                .add(alarm("pay-p99", "warning", single("PayFunction", "Duration", "\"ExtendedStatistic\":\"p99\"",
                        "GreaterThanOrEqualToThreshold", 3100)))
                .add(alarm("pay-p50", "warning", single("PayFunction", "Duration", "\"ExtendedStatistic\":\"p50\"",
                        "GreaterThanOrEqualToThreshold", 3100)))
                .add(alarm("pay-few", "warning", single("PayFunction", "Invocations", "\"Statistic\":\"SampleCount\"",
                        "LessThanThreshold", 5)))
                .add(alarm("queue-age", "warning", "{\"Namespace\":\"AWS/SQS\",\"MetricName\":\"ApproximateAgeOfOldestMessage\","
                        + "\"Dimensions\":[],\"Statistic\":\"Maximum\",\"Period\":60,\"EvaluationPeriods\":1,\"Threshold\":600,"
                        + "\"ComparisonOperator\":\"GreaterThanThreshold\"}"));
        LocalAlarms verdicts = LocalAlarms.evaluate(alarms, metrics());

        assertThat(verdicts.verdict("pay-errors").state()).isEqualTo(AlarmState.ALARM);
        assertThat(verdicts.verdict("pay-errors").datapoints()).singleElement()
                .satisfies(d -> assertThat(d.value()).isEqualTo(1.0));
        assertThat(verdicts.verdict("pay-errors").condition()).isEqualTo("Errors Sum > 0 for 1 of 1 × 60 s, missing data: notBreaching");
        assertThat(verdicts.verdict("ship-errors").state()).isEqualTo(AlarmState.OK);
        assertThat(verdicts.verdict("pay-p99").state()).isEqualTo(AlarmState.ALARM);
        assertThat(verdicts.verdict("pay-p50").state()).isEqualTo(AlarmState.OK);
        assertThat(verdicts.verdict("pay-few").state()).isEqualTo(AlarmState.ALARM);
        // no local data and the default TreatMissingData (missing): INSUFFICIENT_DATA
        assertThat(verdicts.verdict("queue-age").state()).isEqualTo(AlarmState.INSUFFICIENT_DATA);
        assertThat(verdicts.verdict("queue-age").reason()).startsWith("no local data for its metric");
    }

    @Test
    void dynamoDbAlarmsIgnoreMissingDataWhateverTheySetAsPutMetricAlarmDocuments() throws Exception {
        String throttles = "{\"Namespace\":\"%s\",\"MetricName\":\"ReadThrottleEvents\",\"Dimensions\":[{\"Name\":\"TableName\","
                + "\"Value\":{\"Ref\":\"Orders\"}}],\"Statistic\":\"Sum\",\"Period\":60,\"EvaluationPeriods\":5,\"Threshold\":0,"
                + "\"ComparisonOperator\":\"GreaterThanThreshold\",\"TreatMissingData\":\"notBreaching\"}";
        String math = "{\"Metrics\":[{\"Id\":\"m0\",\"MetricStat\":{\"Metric\":{\"Namespace\":\"AWS/DynamoDB\",\"MetricName\":"
                + "\"SystemErrors\",\"Dimensions\":[{\"Name\":\"TableName\",\"Value\":{\"Ref\":\"Orders\"}}]},\"Period\":60,"
                + "\"Stat\":\"Sum\"},\"ReturnData\":false},{\"Id\":\"e\",\"Expression\":\"m0\",\"Label\":\"SystemErrors\"}],"
                + "\"EvaluationPeriods\":3,\"DatapointsToAlarm\":2,\"Threshold\":0,\"ComparisonOperator\":\"GreaterThanThreshold\","
                + "\"TreatMissingData\":\"breaching\"}";
        var alarms = JSON.createArrayNode()
                .add(alarm("table-throttles", "warning", String.format(throttles, "AWS/DynamoDB")))
                .add(alarm("table-errors", "critical", math))
                .add(alarm("other-namespace", "warning", String.format(throttles, "Custom/Tables")));
        LocalAlarms verdicts = LocalAlarms.evaluate(alarms, metrics());

        assertThat(verdicts.verdict("table-throttles").state()).isEqualTo(AlarmState.INSUFFICIENT_DATA);
        assertThat(verdicts.verdict("table-throttles").condition())
                .endsWith("missing data: ignore (AWS/DynamoDB alarms always ignore missing data; notBreaching is set)");
        assertThat(verdicts.verdict("table-throttles").reason()).contains("ignore keeps the current state");
        assertThat(verdicts.verdict("table-errors").state()).as("breaching set, ignored too").isEqualTo(AlarmState.INSUFFICIENT_DATA);
        assertThat(verdicts.verdict("other-namespace").state()).isEqualTo(AlarmState.OK);
    }

    @Test
    void metricMathAlarmsEvaluateTheirExpressionAndAnomalyBandsAreNotEvaluated() throws Exception {
        String rate = "{\"Metrics\":[{\"Id\":\"e\",\"MetricStat\":{\"Metric\":{\"Namespace\":\"AWS/Lambda\",\"MetricName\":\"Errors\","
                + "\"Dimensions\":[{\"Name\":\"FunctionName\",\"Value\":{\"Ref\":\"PayFunction\"}}]},\"Period\":60,\"Stat\":\"Sum\"},"
                + "\"ReturnData\":false},{\"Id\":\"i\",\"MetricStat\":{\"Metric\":{\"Namespace\":\"AWS/Lambda\",\"MetricName\":"
                + "\"Invocations\",\"Dimensions\":[{\"Name\":\"FunctionName\",\"Value\":{\"Ref\":\"PayFunction\"}}]},\"Period\":60,"
                + "\"Stat\":\"Sum\"},\"ReturnData\":false},{\"Id\":\"r\",\"Expression\":\"IF(i > 0, 100 * e / i, 0)\",\"Label\":"
                + "\"Error rate\"}],\"EvaluationPeriods\":1,\"Threshold\":%s,\"ComparisonOperator\":\"%s\",\"TreatMissingData\":"
                + "\"notBreaching\"}";
        var alarms = JSON.createArrayNode()
                .add(alarm("rate-20", "critical", String.format(rate, 20, "GreaterThanThreshold")))
                .add(alarm("rate-30", "critical", String.format(rate, 30, "GreaterThanThreshold")))
                .add(alarm("band", "warning", String.format(rate, 0, "LessThanLowerOrGreaterThanUpperThreshold")));
        LocalAlarms verdicts = LocalAlarms.evaluate(alarms, metrics());

        assertThat(verdicts.verdict("rate-20").state()).isEqualTo(AlarmState.ALARM);
        assertThat(verdicts.verdict("rate-20").datapoints().get(0).value()).isEqualTo(25.0);
        assertThat(verdicts.verdict("rate-30").state()).isEqualTo(AlarmState.OK);
        assertThat(verdicts.verdict("band").state()).isNull();
        assertThat(verdicts.verdict("band").shownState()).isEqualTo("NOT EVALUATED");
        assertThat(verdicts.verdict("band").reason()).contains("anomaly detection band");
    }

    /** A Timeout written !If gives DurationNearTimeout a Fn::If threshold: no one value to compare with locally. */
    @Test
    void aThresholdUnderATemplateConditionIsNotEvaluated() throws Exception {
        String conditional = single("PayFunction", "Duration", "\"ExtendedStatistic\":\"p99\"", "GreaterThanOrEqualToThreshold", 0)
                .replace("\"Threshold\":0.0", "\"Threshold\":{\"Fn::If\":[\"IsProd\",27000.0,9000.0]}");
        LocalAlarms verdicts = LocalAlarms.evaluate(JSON.createArrayNode().add(alarm("pay-near-timeout", "warning", conditional)), metrics());

        assertThat(verdicts.verdict("pay-near-timeout").state()).isNull();
        assertThat(verdicts.verdict("pay-near-timeout").shownState()).isEqualTo("NOT EVALUATED");
        assertThat(verdicts.verdict("pay-near-timeout").reason()).contains("template condition");
        assertThat(verdicts.verdict("pay-near-timeout").condition()).startsWith("Duration p99 >= Fn::If for 1 of 1");
    }

    @Test
    void compositesFollowTheirChildrenAndNestedComposites() throws Exception {
        var alarms = JSON.createArrayNode()
                .add(alarm("pay-errors", "critical", single("PayFunction", "Errors", "\"Statistic\":\"Sum\"", "GreaterThanThreshold", 0)))
                .add(alarm("ship-errors", "critical", single("ShipFunction", "Errors", "\"Statistic\":\"Sum\"", "GreaterThanThreshold", 0)))
                .add(composite("top", "ALARM(\\\"part\\\") OR ALARM(\\\"ship-errors\\\")"))
                .add(composite("part", "ALARM(\\\"pay-errors\\\")"))
                .add(composite("quiet", "ALARM(\\\"ship-errors\\\") AND NOT OK(\\\"pay-errors\\\")"));
        LocalAlarms verdicts = LocalAlarms.evaluate(alarms, metrics());

        assertThat(verdicts.verdict("part").state()).isEqualTo(AlarmState.ALARM);
        assertThat(verdicts.verdict("top").state()).isEqualTo(AlarmState.ALARM);
        assertThat(verdicts.verdict("top").reason()).contains("in ALARM: part");
        assertThat(verdicts.verdict("quiet").state()).isEqualTo(AlarmState.OK);
    }

    private static JsonNode composite(String name, String rule) throws Exception {
        return JSON.readTree("{\"name\":\"" + name + "\",\"severity\":\"critical\",\"type\":\"AWS::CloudWatch::CompositeAlarm\","
                + "\"properties\":{\"AlarmRule\":\"" + rule + "\"}}");
    }
}
