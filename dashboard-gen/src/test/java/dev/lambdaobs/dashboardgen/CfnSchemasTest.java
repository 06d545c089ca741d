package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The schema check used on every generated resource can fail, and accepts intrinsics where values go. */
class CfnSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CfnSchemas schemas = CfnSchemas.standard();

    @Test
    void acceptsIntrinsicFunctionsWherePlainValuesGo() throws Exception {
        var alarm = JSON.readTree("{\"ComparisonOperator\":\"GreaterThanThreshold\",\"EvaluationPeriods\":1,\"Threshold\":{\"Ref\":\"T\"},"
                + "\"MetricName\":\"Errors\",\"Namespace\":\"AWS/Lambda\",\"Period\":60,\"Statistic\":\"Sum\","
                + "\"Dimensions\":[{\"Name\":\"FunctionName\",\"Value\":{\"Fn::GetAtt\":[\"F\",\"Name\"]}}]}");
        assertThat(schemas.problems("AWS::CloudWatch::Alarm", alarm)).isEmpty();
    }

    @Test
    void rejectsUnknownPropertiesWrongEnumsAndMissingRequired() throws Exception {
        var alarm = JSON.readTree("{\"ComparisonOperator\":\"Bigger\",\"Threshold\":1,\"Colour\":\"red\"}");
        assertThat(schemas.problems("AWS::CloudWatch::Alarm", alarm)).hasSizeGreaterThanOrEqualTo(3);
    }
}
