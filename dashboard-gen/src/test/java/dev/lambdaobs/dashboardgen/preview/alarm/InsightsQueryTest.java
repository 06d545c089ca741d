package dev.lambdaobs.dashboardgen.preview.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Metrics Insights grammar as its documentation gives it (query components and syntax, and what needs
 * quotation marks), the queries generate writes, and what the preview refuses with a reason.
 */
class InsightsQueryTest {

    @ParameterizedTest
    @CsvSource({"AVG, Average", "COUNT, SampleCount", "MAX, Maximum", "MIN, Minimum", "SUM, Sum", "sum, Sum"})
    void eachSelectFunctionIsTheStatisticItComputes(String function, String statistic) {
        assertThat(InsightsQuery.parse("SELECT " + function + "(CPUUtilization) FROM \"AWS/EC2\"").statistic()).isEqualTo(statistic);
    }

    @Test
    void aQueryStartsWithTheKeywordSelectNotWithAMetricMathIdThatDoes() {
        assertThat(InsightsQuery.isQuery("  select SUM(Errors) FROM x")).isTrue();
        assertThat(InsightsQuery.isQuery("selected * 2")).isFalse();
        assertThat(InsightsQuery.isQuery("100 * e / i")).isFalse();
    }

    @Test
    void fromANamespaceReadsAnyDimensionsAndSchemaOnlyExactlyItsKeys() {
        InsightsQuery any = InsightsQuery.parse("SELECT AVG(CPUUtilization) FROM \"AWS/EC2\"");
        assertThat(any.namespace()).isEqualTo("AWS/EC2");
        assertThat(any.schema()).isNull();
        assertThat(InsightsQuery.parse("SELECT AVG(CPUUtilization) FROM SCHEMA(\"AWS/EC2\")").schema()).isEmpty();
        assertThat(InsightsQuery.parse("select sum(RequestCount) from schema(\"AWS/ApplicationELB\", LoadBalancer, AvailabilityZone)")
                .schema()).containsExactly("LoadBalancer", "AvailabilityZone");
        // the console's own example leaves the namespace unquoted
        assertThat(InsightsQuery.parse("SELECT AVG(DatabaseConnections) FROM AWS/RDS GROUP BY DBInstanceIdentifier").namespace())
                .isEqualTo("AWS/RDS");
        assertThat(InsightsQuery.parse("SELECT SUM(OrdersPlaced) FROM LambdaObsExample").namespace()).isEqualTo("LambdaObsExample");
    }

    @Test
    void quotedNamesMayBeKeywordsOrHoldEscapedQuotes() {
        assertThat(InsightsQuery.parse("SELECT AVG(\"LIMIT\") FROM \"My.Space\"").metric()).isEqualTo("LIMIT");
        assertThat(InsightsQuery.parse("SELECT AVG(\"Bytes\\\"Input\\\"\") FROM x").metric()).isEqualTo("Bytes\"Input\"");
        InsightsQuery escaped = InsightsQuery.parse("SELECT MAX(Errors) FROM x WHERE Name = 'it\\'s'");
        assertThat(escaped.where().test(Map.of("Name", "it's"))).isTrue();
    }

    @Test
    void theRichExampleOfTheDocumentationReadsEveryClause() {
        InsightsQuery query = InsightsQuery.parse("SELECT SUM(RequestCount) FROM SCHEMA(\"AWS/ApplicationELB\", LoadBalancer, "
                + "AvailabilityZone) WHERE LoadBalancer = 'app/load-balancer-1' GROUP BY AvailabilityZone ORDER BY MAX() DESC LIMIT 5");
        assertThat(query.groupBy()).containsExactly("AvailabilityZone");
        assertThat(query.grouped()).isTrue();
        assertThat(query.orderBy()).isEqualTo("Maximum");
        assertThat(query.descending()).isTrue();
        assertThat(query.limit()).isEqualTo(5);
        assertThat(query.where().test(Map.of("LoadBalancer", "app/load-balancer-1", "AvailabilityZone", "a"))).isTrue();
        assertThat(query.where().test(Map.of("LoadBalancer", "app/load-balancer-2", "AvailabilityZone", "a"))).isFalse();
        InsightsQuery plain = InsightsQuery.parse("SELECT MAX(Errors) FROM x GROUP BY A ORDER BY SUM() ASC;");
        assertThat(plain.descending()).isFalse();
        assertThat(plain.limit()).as("at most 500 without LIMIT").isEqualTo(500);
        assertThat(InsightsQuery.parse("SELECT MAX(Errors) FROM x").grouped()).isFalse();
    }

    @Test
    void whereCombinesEqualityInAndOrWithAndBindingTighter() {
        LabelFilter where = InsightsQuery.parse("SELECT MAX(Errors) FROM x WHERE A = 'a' OR B != 'b' AND C IN ('c', 'd')").where();
        assertThat(where.test(Map.of("A", "a"))).isTrue();
        assertThat(where.test(Map.of("B", "z", "C", "d"))).isTrue();
        assertThat(where.test(Map.of("B", "z", "C", "e"))).isFalse();
        assertThat(where.test(Map.of("B", "b", "C", "c"))).isFalse();
        LabelFilter grouped = InsightsQuery.parse("SELECT MAX(Errors) FROM x WHERE (A = 'a' OR B = 'b') AND C NOT IN ('c')").where();
        assertThat(grouped.test(Map.of("B", "b", "C", "x"))).isTrue();
        assertThat(grouped.test(Map.of("B", "b", "C", "c"))).isFalse();
        assertThat(grouped.test(Map.of("C", "x"))).isFalse();
    }

    @Test
    void aMetricWithoutTheKeyFailsEqualityAndPassesInequality() {
        assertThat(InsightsQuery.parse("SELECT MAX(E) FROM x WHERE A = 'a'").where().test(Map.of())).isFalse();
        assertThat(InsightsQuery.parse("SELECT MAX(E) FROM x WHERE A IN ('a')").where().test(Map.of())).isFalse();
        assertThat(InsightsQuery.parse("SELECT MAX(E) FROM x WHERE A != 'a'").where().test(Map.of())).isTrue();
        assertThat(InsightsQuery.parse("SELECT MAX(E) FROM x WHERE A NOT IN ('a')").where().test(Map.of())).isTrue();
    }

    @Test
    void aTemplatePlaceholderMatchesTheLocalNameOfItsResource() {
        LabelFilter where = InsightsQuery.parse("SELECT SUM(Errors) FROM SCHEMA(\"AWS/Lambda\", FunctionName) "
                + "WHERE FunctionName IN ('${PayFunction}', '${ShipFunction}') GROUP BY FunctionName").where();
        assertThat(where.test(Map.of("FunctionName", "orders-PayFunction-AB12"))).isTrue();
        assertThat(where.test(Map.of("FunctionName", "orders-RefundFunction-AB12"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT p99(Duration) FROM x | the function 'P99' is not one of AVG, COUNT, MAX, MIN, SUM",
        "SELECT MAX(Errors) | expected FROM at the end of the query",
        "SELECT MAX(Errors) FROM x WHERE A LIKE 'a%' | the WHERE operator 'LIKE' is not evaluated locally",
        "SELECT MAX(Errors) FROM x WHERE AWS.AccountId = CURRENT_ACCOUNT_ID() | cannot read the query at '.AccountId",
        "SELECT MAX(Errors) FROM x WHERE A = \"a\" | expected a label value in single quotation marks at 'a'",
        "SELECT MAX(Errors) FROM x LIMIT 501 | LIMIT 501 is outside 1..500",
        "SELECT MAX(Errors) FROM x LIMIT 0 | LIMIT 0 is outside 1..500",
        "SELECT MAX(Errors) FROM x GROUP BY A B | expected the end of the query at 'B'",
        "SELECT MAX(Errors) FROM x WHERE A = 'a | unclosed ' in the query",
        "SELECT MAX(Errors) FROM x ORDER BY MAX DESC | expected '(' at 'DESC'"})
    void whatItCannotReadIsRefusedWithTheReason(String query, String reason) {
        assertThatThrownBy(() -> InsightsQuery.parse(query)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining(reason);
    }
}
