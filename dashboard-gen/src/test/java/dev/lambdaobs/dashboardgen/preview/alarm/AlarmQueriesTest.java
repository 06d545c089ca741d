package dev.lambdaobs.dashboardgen.preview.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * An alarm's queries read once: the Metrics Insights ones parsed, metric math kept as text, and an expression
 * that cannot be read ignored for the namespaces but refused, with its reason, where the alarm uses it.
 */
class AlarmQueriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode alarm(String metrics) throws Exception {
        return JSON.readTree("{\"Namespace\": \"AWS/SQS\", \"Metrics\": " + metrics.replace('\'', '"') + "}");
    }

    @Test
    void eachQueryIsReadOnceIntoWhatTheAlarmUses() throws Exception {
        AlarmQueries queries = AlarmQueries.of(alarm("[{'Id': 'q', 'Expression': 'SELECT SUM(Errors) FROM SCHEMA(\\'AWS/Lambda\\', "
                + "FunctionName) GROUP BY FunctionName', 'ReturnData': false}, {'Id': 'm', 'Expression': 'q * 2'}, "
                + "{'Id': 'g', 'Expression': 'SELECT MAX(Age) FROM \\'AWS/DynamoDB\\' GROUP BY TableName'}]"));
        assertThat(queries.all()).extracting(AlarmQueries.Query::expression).containsExactly(
                "SELECT SUM(Errors) FROM SCHEMA(\"AWS/Lambda\", FunctionName) GROUP BY FunctionName", "q * 2",
                "SELECT MAX(Age) FROM \"AWS/DynamoDB\" GROUP BY TableName");
        assertThat(queries.all().get(1).readInsights()).isNull();
        assertThat(queries.namespaces()).containsExactlyInAnyOrder("AWS/SQS", "AWS/Lambda", "AWS/DynamoDB");
        assertThat(queries.grouped()).isSameAs(queries.all().get(2).insights());
        assertThat(queries.grouped().metric()).isEqualTo("Age");
    }

    @Test
    void anUnreadableExpressionIsLeftOutOfTheNamespacesAndRefusedWhereUsed() throws Exception {
        AlarmQueries queries = AlarmQueries.of(alarm("[{'Id': 'q', 'Expression': 'SELECT P99(Errors) FROM \\'AWS/Lambda\\''}, "
                + "{'Id': 'f', 'Expression': {'Fn::ImportValue': 'shared'}, 'ReturnData': false}]"));
        assertThat(queries.namespaces()).containsExactly("AWS/SQS");
        assertThatThrownBy(queries::grouped).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("the function 'P99' is not one of");
        assertThatThrownBy(queries.all().get(1)::readExpression).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("query f's expression is a CloudFormation function the preview cannot read");
    }
}
