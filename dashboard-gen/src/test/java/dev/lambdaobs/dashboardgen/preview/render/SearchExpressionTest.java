package dev.lambdaobs.dashboardgen.preview.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaobs.dashboardgen.preview.data.LocalMetrics;
import dev.lambdaobs.dashboardgen.preview.data.Series;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchExpressionTest {
    private static LocalMetrics metrics() {
        LocalMetrics metrics = new LocalMetrics();
        metrics.add("Orders", "OrdersPlaced", Map.of("service", "orders"), "Count", Series.EMF, 0, 1);
        metrics.add("Orders", "ColdStart", Map.of("service", "orders", "function_name", "orders-Create"), "Count", Series.EMF, 0, 1);
        metrics.add("Orders", "ColdStart", Map.of("service", "billing", "function_name", "billing-Pay"), "Count", Series.EMF, 0, 1);
        metrics.add("AWS/Lambda", "Errors", Map.of("FunctionName", "orders-Create"), "Count", Series.DERIVED, 0, 0);
        return metrics;
    }

    private static List<String> found(String expression) {
        return SearchExpression.parse(expression).matching(metrics().all()).stream()
                .map(s -> s.namespace() + " " + s.name() + " " + s.dimensions()).toList();
    }

    @Test
    void aQuotedDimensionTermMatchesEveryMetricWithThatValueWhateverItsOtherDimensions() {
        assertThat(found("SEARCH('Namespace=\"Orders\" service=\"orders\"', 'Sum', 300)")).containsExactly(
                "Orders OrdersPlaced {service=orders}", "Orders ColdStart {function_name=orders-Create, service=orders}");
    }

    @Test
    void aSchemaKeepsTheMetricsWithExactlyItsDimensions() {
        assertThat(found("SEARCH('{Orders,service} MetricName=\"OrdersPlaced\"', 'Sum', 60)"))
                .containsExactly("Orders OrdersPlaced {service=orders}");
        assertThat(found("SEARCH('{Orders,service,function_name} ColdStart', 'Sum', 60)")).hasSize(2);
    }

    @Test
    void unquotedAndBareTermsMatchPartiallyAndNotNegates() {
        assertThat(found("SEARCH('Namespace=\"Orders\" MetricName=Cold', 'Sum', 60)")).hasSize(2);
        assertThat(found("SEARCH('orders-Create', 'Sum', 60)")).containsExactly(
                "Orders ColdStart {function_name=orders-Create, service=orders}", "AWS/Lambda Errors {FunctionName=orders-Create}");
        assertThat(found("SEARCH('Namespace=\"Orders\" NOT service=\"orders\"', 'Sum', 60)"))
                .containsExactly("Orders ColdStart {function_name=billing-Pay, service=billing}");
        assertThat(found("SEARCH('Namespace=\"Orders\" MetricName=\"Cold\"', 'Sum', 60)")).as("a quoted value matches exactly").isEmpty();
    }

    @Test
    void statisticAndPeriodAreTheExpressionsAndOrIsNotReadLocally() {
        SearchExpression search = SearchExpression.parse("SEARCH('Namespace=\"Orders\"', 'p99', 120)");
        assertThat(search.stat).isEqualTo("p99");
        assertThat(search.period).isEqualTo(120);
        assertThat(SearchExpression.parse("SEARCH('Namespace=\"Orders\"', 'Sum')").period).isZero();
        assertThatThrownBy(() -> SearchExpression.parse("SEARCH('MetricName=\"A\" OR MetricName=\"B\"', 'Sum', 60)"))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("OR");
        assertThatThrownBy(() -> SearchExpression.parse("SEARCH('(A) B', 'Sum', 60)")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void dynamicLabelsNameEachSeriesWrittenAsFnSubEscapesThem() {
        Series coldStart = metrics().search("Orders", "ColdStart").get(0);
        assertThat(DynamicLabel.resolve("${!PROP('MetricName')}", coldStart, "Sum", 60)).isEqualTo("ColdStart");
        assertThat(DynamicLabel.resolve("${PROP('Dim.function_name')} ${PROP('Stat')}/${PROP('Period')} ${!MAX}", coldStart, "Sum", 60))
                .isEqualTo("orders-Create Sum/60 ${MAX}");
        assertThat(DynamicLabel.isDynamic("Errors")).isFalse();
    }
}
