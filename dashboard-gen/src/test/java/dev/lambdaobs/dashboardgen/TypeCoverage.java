package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.dashboard.DashboardDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads what a generated alarm watches and checks that a monitored resource is on the dashboards and under the
 * service's composite alarm, for the fixtures of {@code src/test/resources/coverage} (one per resource type).
 */
final class TypeCoverage {
    private TypeCoverage() {
    }

    static Path fixture(String name) {
        return TestSupport.resource("coverage/" + name + ".yaml");
    }

    static GenerationResult generate(String name) {
        GenerationResult result = TestSupport.generate(fixture(name));
        OutputChecks.checkAll(result, CfnSchemas.standard());
        return result;
    }

    static AlarmDefinition alarm(GenerationResult result, String key, String rule) {
        return result.alarms().stream().filter(a -> a.resourceKey().equals(key) && a.ruleId().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " alarm for " + key + " among "
                        + result.alarms().stream().map(a -> a.resourceKey() + "/" + a.ruleId()).toList()));
    }

    /** A single-metric alarm's namespace, metric, statistic, threshold and operator, checked at once. */
    static AlarmDefinition assertAlarm(GenerationResult result, String key, String rule, String namespace, String metric,
            String statistic, double threshold, String operator) {
        AlarmDefinition alarm = alarm(result, key, rule);
        JsonNode properties = alarm.properties();
        assertThat(properties.path("Namespace").asText()).as(rule).isEqualTo(namespace);
        assertThat(properties.path("MetricName").asText()).as(rule).isEqualTo(metric);
        assertThat(properties.path("Statistic").asText(properties.path("ExtendedStatistic").asText())).as(rule).isEqualTo(statistic);
        assertThat(properties.path("Threshold").asDouble()).as(rule).isEqualTo(threshold);
        assertThat(properties.path("ComparisonOperator").asText()).as(rule).isEqualTo(operator);
        return alarm;
    }

    /** The alarm's dimensions, by name (values as CloudFormation values). */
    static Map<String, JsonNode> dimensions(AlarmDefinition alarm) {
        Map<String, JsonNode> dimensions = new TreeMap<>();
        alarm.properties().path("Dimensions").forEach(d -> dimensions.put(d.path("Name").asText(), d.path("Value")));
        return dimensions;
    }

    /** The resource has graphs of its own ({@code <key>: <title>}) with the metric on them. */
    static void assertGraphed(GenerationResult result, String key, String metric) {
        boolean found = false;
        for (DashboardDefinition dashboard : result.dashboards()) {
            for (JsonNode widget : dashboard.body().path("widgets")) {
                JsonNode properties = widget.path("properties");
                if (properties.path("title").asText().startsWith(key + ": ") && properties.path("metrics").toString().contains(metric)) {
                    found = true;
                }
            }
        }
        assertThat(found).as(key + " has a graph of " + metric).isTrue();
    }

    /** The alarm is a child of the service's composite of its severity, and so pages through it. */
    static void assertInComposite(GenerationResult result, AlarmDefinition alarm) {
        String composite = alarm.severity().key().equals("critical") ? "Critical" : "Warning";
        assertThat(result.alarms()).filteredOn(a -> a.type().equals(AlarmDefinition.COMPOSITE_ALARM) && a.ruleId().equals(composite))
                .singleElement().satisfies(top -> {
                    assertThat(top.properties().path("AlarmRule").toString()).contains("ALARM(\\\"" + alarm.name() + "\\\")");
                    assertThat(top.dependsOn()).contains(alarm.logicalId());
                });
    }
}
