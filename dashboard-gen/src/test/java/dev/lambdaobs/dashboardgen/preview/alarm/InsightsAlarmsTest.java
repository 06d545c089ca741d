package dev.lambdaobs.dashboardgen.preview.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.preview.data.LocalMetrics;
import dev.lambdaobs.dashboardgen.preview.data.Series;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Alarms on Metrics Insights queries evaluated on local series: one aggregated time series, or with GROUP BY one
 * contributor per time series, the alarm in ALARM when any contributor is (Create_Metrics_Insights_Alarm), a
 * contributor only ALARM or OK (Acting_Alarm_Changes), missing data treated as the alarm says when the query returns
 * nothing, and what the preview cannot read shown as not evaluated with the reason.
 */
class InsightsAlarmsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A minute boundary, so each function's samples fall in one 60 s period. */
    private static final long T0 = 1_796_224_920_000L;

    /** Three functions: Pay fails once, Ship never, Report is reported without its FunctionName only (an alias metric). */
    private static LocalMetrics metrics() {
        LocalMetrics metrics = new LocalMetrics();
        for (int i = 0; i < 4; i++) {
            long t = T0 + i * 1000;
            metrics.add("AWS/Lambda", "Errors", Map.of("FunctionName", "orders-PayFunction-AB12"), "Count", Series.DERIVED, t, i == 2 ? 1 : 0);
            metrics.add("AWS/Lambda", "Errors", Map.of("FunctionName", "orders-ShipFunction-CD34"), "Count", Series.DERIVED, t, 0);
            metrics.add("AWS/Lambda", "Errors", Map.of("FunctionName", "orders-ShipFunction-CD34", "Resource", "live"), "Count",
                    Series.DERIVED, t, 5);
            metrics.add("AWS/Lambda", "Duration", Map.of("FunctionName", "orders-PayFunction-AB12"), "Milliseconds", Series.DERIVED, t,
                    100 + i * 1000);
        }
        return metrics;
    }

    private static JsonNode alarm(String name, Object expression, double threshold, String treatMissing) {
        var alarm = JSON.createObjectNode().put("name", name).put("severity", "critical").put("type", "AWS::CloudWatch::Alarm");
        var properties = alarm.putObject("properties");
        var query = properties.putArray("Metrics").addObject().put("Id", "q1").put("Label", "Errors").put("Period", 60)
                .put("ReturnData", true);
        query.set("Expression", JSON.valueToTree(expression));
        properties.put("EvaluationPeriods", 1).put("DatapointsToAlarm", 1).put("Threshold", threshold)
                .put("ComparisonOperator", "GreaterThanThreshold").put("TreatMissingData", treatMissing);
        return alarm;
    }

    /** The alarm with its query kept out of the returned data and {@code expression} on it returned instead. */
    private static JsonNode withMath(JsonNode alarm, String expression) {
        ArrayNode queries = (ArrayNode) alarm.path("properties").path("Metrics");
        ((ObjectNode) queries.get(0)).put("ReturnData", false);
        queries.addObject().put("Id", "e").put("Expression", expression);
        return alarm;
    }

    private static AlarmVerdict evaluate(JsonNode alarm) {
        ArrayNode alarms = JSON.createArrayNode().add(alarm);
        return LocalAlarms.evaluate(alarms, metrics()).verdict(alarm.path("name").asText());
    }

    @Test
    void generatesJoinedQueryGoesToAlarmWhenOneContributorBreaches() {
        // as generate writes it: an Fn::Join whose Refs are the functions' logical ids
        Map<String, Object> join = Map.of("Fn::Join", List.of("", List.of(
                "SELECT SUM(Errors) FROM SCHEMA(\"AWS/Lambda\", FunctionName) WHERE FunctionName IN ('", Map.of("Ref", "PayFunction"),
                "', '", Map.of("Ref", "ShipFunction"), "') GROUP BY FunctionName")));
        AlarmVerdict verdict = evaluate(alarm("errors", join, 0, "notBreaching"));

        assertThat(verdict.state()).isEqualTo(AlarmState.ALARM);
        assertThat(verdict.reason()).startsWith("1 out of 2 time series evaluated to ALARM (FunctionName=orders-PayFunction-AB12); "
                + "FunctionName=orders-PayFunction-AB12: 1 of 1 datapoints breaching");
        assertThat(verdict.datapoints()).singleElement().satisfies(d -> assertThat(d.value()).isEqualTo(1.0));
        assertThat(verdict.localData()).isTrue();
        assertThat(verdict.condition()).isEqualTo("Errors > 0 for 1 of 1 × 60 s, missing data: notBreaching");
    }

    @Test
    void noContributorBreachingIsOkWithTheFirstContributorsDatapoints() {
        AlarmVerdict verdict = evaluate(alarm("errors", "SELECT SUM(Errors) FROM SCHEMA(\"AWS/Lambda\", FunctionName) "
                + "GROUP BY FunctionName", 1, "notBreaching"));

        assertThat(verdict.state()).isEqualTo(AlarmState.OK);
        assertThat(verdict.reason()).startsWith("0 out of 2 time series evaluated to ALARM; FunctionName=orders-PayFunction-AB12:");
    }

    @Test
    void withoutSchemaEveryDimensionSetCountsAndAMissingKeyIsTheGroupOther() {
        AlarmVerdict verdict = evaluate(alarm("errors", "SELECT MAX(Errors) FROM \"AWS/Lambda\" GROUP BY Resource ORDER BY MAX() DESC",
                1, "notBreaching"));

        // the Resource=live series (5 errors) is in ALARM; the two without Resource form the group Other (max 1)
        assertThat(verdict.state()).isEqualTo(AlarmState.ALARM);
        assertThat(verdict.reason()).startsWith("1 out of 2 time series evaluated to ALARM (Resource=live)");
        AlarmVerdict other = evaluate(alarm("other", "SELECT MAX(Errors) FROM \"AWS/Lambda\" WHERE Resource != 'live' "
                + "GROUP BY Resource", 0, "notBreaching"));
        assertThat(other.reason()).startsWith("1 out of 1 time series evaluated to ALARM (Resource=Other)");
    }

    @Test
    void orderByAndLimitChooseTheContributorsEvaluated() {
        String top = "SELECT SUM(Errors) FROM SCHEMA(\"AWS/Lambda\", FunctionName) GROUP BY FunctionName ORDER BY SUM() %s LIMIT 1";
        assertThat(evaluate(alarm("top", String.format(top, "DESC"), 0, "notBreaching")).state()).isEqualTo(AlarmState.ALARM);
        AlarmVerdict bottom = evaluate(alarm("bottom", String.format(top, "ASC"), 0, "notBreaching"));
        assertThat(bottom.state()).isEqualTo(AlarmState.OK);
        assertThat(bottom.reason()).startsWith("0 out of 1 time series evaluated to ALARM; FunctionName=orders-ShipFunction-CD34:");
    }

    @Test
    void aQueryWithoutGroupByIsOneAggregatedTimeSeries() {
        // SUM over every observation of both functions' FunctionName-only series in the period: 1
        AlarmVerdict sum = evaluate(alarm("sum", "SELECT SUM(Errors) FROM SCHEMA(\"AWS/Lambda\", FunctionName)", 0.5, "notBreaching"));
        assertThat(sum.state()).isEqualTo(AlarmState.ALARM);
        assertThat(sum.datapoints()).singleElement().satisfies(d -> assertThat(d.value()).isEqualTo(1.0));
        // AVG over the 8 observations: 1/8
        AlarmVerdict avg = evaluate(alarm("avg", "SELECT AVG(Errors) FROM SCHEMA(\"AWS/Lambda\", FunctionName)", 0.5, "notBreaching"));
        assertThat(avg.state()).isEqualTo(AlarmState.OK);
        assertThat(avg.datapoints().get(0).value()).isEqualTo(0.125);
        // COUNT of observations, across dimension sets without SCHEMA: 12
        AlarmVerdict count = evaluate(alarm("count", "SELECT COUNT(Errors) FROM \"AWS/Lambda\"", 11, "notBreaching"));
        assertThat(count.state()).isEqualTo(AlarmState.ALARM);
        assertThat(count.datapoints().get(0).value()).isEqualTo(12.0);
    }

    @Test
    void metricMathMayUseAnUngroupedQueryLikeAMetric() {
        AlarmVerdict verdict = evaluate(withMath(alarm("math", "SELECT SUM(Errors) FROM SCHEMA(\"AWS/Lambda\", FunctionName)", 50,
                "notBreaching"), "100 * q1"));
        assertThat(verdict.state()).isEqualTo(AlarmState.ALARM);
        assertThat(verdict.datapoints().get(0).value()).isEqualTo(100.0);
    }

    @Test
    void whenTheQueryReturnsNothingTheMissingDataTreatmentDecides() {
        String none = "SELECT SUM(Throttles) FROM SCHEMA(\"AWS/Lambda\", FunctionName) GROUP BY FunctionName";
        assertThat(evaluate(alarm("a", none, 0, "notBreaching")).state()).isEqualTo(AlarmState.OK);
        assertThat(evaluate(alarm("b", none, 0, "breaching")).state()).isEqualTo(AlarmState.ALARM);
        AlarmVerdict missing = evaluate(alarm("c", none, 0, "missing"));
        assertThat(missing.state()).isEqualTo(AlarmState.INSUFFICIENT_DATA);
        assertThat(missing.reason()).isEqualTo("no local data for its metric; the query returns no time series; no data in the evaluation range");
    }

    @Test
    void aQueryOnDynamoDbIgnoresMissingDataWhateverItSets() {
        AlarmVerdict verdict = evaluate(alarm("table", "SELECT SUM(ReadThrottleEvents) FROM SCHEMA(\"AWS/DynamoDB\", TableName) "
                + "GROUP BY TableName", 0, "breaching"));
        assertThat(verdict.state()).isEqualTo(AlarmState.INSUFFICIENT_DATA);
        assertThat(verdict.condition()).endsWith("missing data: ignore (AWS/DynamoDB alarms always ignore missing data; breaching is set)");
    }

    @Test
    void whatThePreviewCannotReadIsNotEvaluatedWithTheReason() {
        AlarmVerdict like = evaluate(alarm("like", "SELECT SUM(Errors) FROM \"AWS/Lambda\" WHERE FunctionName LIKE 'orders-%'", 0,
                "notBreaching"));
        assertThat(like.shownState()).isEqualTo("NOT EVALUATED");
        assertThat(like.reason()).isEqualTo("not evaluated locally: the WHERE operator 'LIKE' is not evaluated locally "
                + "(=, !=, IN, NOT IN, AND, OR and parentheses are)");
        var grouped = withMath(alarm("grouped-math", "SELECT SUM(Errors) FROM \"AWS/Lambda\" GROUP BY FunctionName", 0,
                "notBreaching"), "q1 * 2");
        assertThat(evaluate(grouped).reason()).isEqualTo("not evaluated locally: metric math on the time series of a GROUP BY query");
        AlarmVerdict function = evaluate(alarm("import", Map.of("Fn::ImportValue", "query"), 0, "notBreaching"));
        assertThat(function.reason()).contains("a CloudFormation function the preview cannot read");
    }
}
