package dev.lambdaobs.dashboardgen;

import static dev.lambdaobs.dashboardgen.TypeCoverage.assertAlarm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import org.junit.jupiter.api.Test;

/** Function URLs (SAM FunctionUrlConfig and AWS::Lambda::Url) are alarmed in AWS/Lambda by FunctionName. */
class FunctionUrlTest {
    private final GenerationResult result = TypeCoverage.generate("function-url");

    @Test
    void aSamFunctionUrlIsWatchedByTheFunctionsName() {
        AlarmDefinition errors = assertAlarm(result, "Web.Url", "Url5xxCount", "AWS/Lambda", "Url5xxCount", "Sum", 0, "GreaterThanThreshold");
        assertThat(TypeCoverage.dimensions(errors)).containsOnlyKeys("FunctionName");
        assertThat(TypeCoverage.dimensions(errors).get("FunctionName").asText()).isEqualTo("orders-web");
        assertThat(errors.severity().key()).isEqualTo("critical");
        AlarmDefinition latency = assertAlarm(result, "Web.Url", "UrlLatencyAverage", "AWS/Lambda", "UrlRequestLatency", "Average",
                2_000, "GreaterThanThreshold");
        TypeCoverage.assertInComposite(result, errors);
        TypeCoverage.assertInComposite(result, latency);
        TypeCoverage.assertGraphed(result, "Web.Url", "UrlRequestCount");
        TypeCoverage.assertGraphed(result, "Web.Url", "Url4xxCount");
    }

    @Test
    void theClientErrorRateDividesUrl4xxCountByUrlRequestCount() {
        AlarmDefinition rate = TypeCoverage.alarm(result, "Web.Url", "Url4xxRate");
        assertThat(rate.properties().path("Threshold").asDouble()).isEqualTo(5);
        assertThat(rate.properties().path("Metrics").toString()).contains("\"Url4xxCount\"", "\"UrlRequestCount\"", "\"AWS/Lambda\"",
                "IF(r > 0, 100 * e / r, 0)");
        TypeCoverage.assertInComposite(result, rate);
    }

    @Test
    void aLambdaUrlNamesItsTargetFunctionFromARefOrAnArn() {
        AlarmDefinition own = TypeCoverage.alarm(result, "ApiUrl", "Url5xxCount");
        assertThat(TypeCoverage.dimensions(own).get("FunctionName").path("Ref").asText()).isEqualTo("Api");
        AlarmDefinition external = TypeCoverage.alarm(result, "ExternalUrl", "Url5xxCount");
        // The qualifier's URL is one of the function's: FunctionName sums them.
        assertThat(TypeCoverage.dimensions(external).get("FunctionName").asText()).isEqualTo("billing");
        TypeCoverage.assertGraphed(result, "ExternalUrl", "UrlRequestLatency");
    }

    @Test
    void theRequestCountAlarmIsOptIn() {
        assertThat(result.alarms()).noneMatch(a -> a.ruleId().equals("UrlRequestCount"));
        GenerationResult configured = TestSupport.generate(TypeCoverage.fixture("function-url"), """
                defaults:
                  lambda-url:
                    UrlRequestCount: { threshold: 1 }
                """, dev.lambdaobs.dashboardgen.generate.Mode.MERGE, false);
        assertAlarm(configured, "Web.Url", "UrlRequestCount", "AWS/Lambda", "UrlRequestCount", "Sum", 1, "LessThanThreshold");
    }
}
