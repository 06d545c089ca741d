package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.cli.Main;
import dev.lambdaobs.dashboardgen.generate.AlarmStyle;
import dev.lambdaobs.dashboardgen.generate.GenerationRequest;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import dev.lambdaobs.dashboardgen.stacks.NestedStacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --alarm-style}: Metrics Insights alarms replace alike per-resource alarms and the composites name them;
 * thresholds that differ stay per resource; a style that cannot fit is exit 2 naming the option and the limit,
 * with nothing written.
 */
class AlarmStyleTest {
    private static final CfnSchemas SCHEMAS = CfnSchemas.standard();

    @TempDir
    Path dir;

    @org.junit.jupiter.api.extension.RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private GenerationResult generate(Path template, String config, AlarmStyle style) throws Exception {
        Optional<Path> file = config == null ? Optional.empty() : Optional.of(Files.writeString(dir.resolve("c.yaml"), config));
        return TestSupport.GENERATOR.generate(new GenerationRequest(List.of(template), file, Optional.of("svc"), Mode.MERGE, false, false, style));
    }

    @Test
    void insightsReplacesAlikeAlarmsKeepsOverriddenOnesAndTheCompositeNamesThem() throws Exception {
        Path template = ScaleServices.samService(dir, 30);
        GenerationResult result = generate(template, "resources:\n  Fn7:\n    alarms:\n      Errors: { threshold: 5 }\n",
                AlarmStyle.INSIGHTS);
        List<AlarmDefinition> errors = result.alarms().stream().filter(a -> a.ruleId().equals("Errors")).toList();
        // Fn0 (its rollback alarm, named by its deployment preference) and Fn7 (threshold 5) stay per function.
        assertThat(errors.stream().map(AlarmDefinition::resourceKey)).containsExactlyInAnyOrder("Fn0", "Fn7", "svc");
        AlarmDefinition insights = errors.stream().filter(a -> a.resourceKey().equals("svc")).findFirst().orElseThrow();
        JsonNode query = insights.properties().path("Metrics").get(0);
        assertThat(query.path("Period").asInt()).isEqualTo(60);
        assertThat(query.path("ReturnData").asBoolean()).isTrue();
        String expression = query.path("Expression").toString();
        assertThat(expression).contains("SELECT SUM(Errors) FROM SCHEMA(\\\"AWS/Lambda\\\", FunctionName) WHERE FunctionName IN ('",
                "GROUP BY FunctionName", "{\"Ref\":\"Fn1\"}", "{\"Ref\":\"Fn29\"}").doesNotContain("\"Fn7\"", "\"Fn0\"");
        assertThat(insights.properties().path("Threshold").asDouble()).isZero();
        // DurationNearTimeout is a p99: Metrics Insights has no percentiles, so it stays per function.
        assertThat(result.alarms().stream().filter(a -> a.ruleId().equals("DurationNearTimeout"))).hasSize(30);
        AlarmDefinition critical = result.alarms().stream().filter(a -> a.ruleId().equals("Critical")).findFirst().orElseThrow();
        assertThat(critical.properties().path("AlarmRule").toString()).contains(insights.name());
        assertThat(critical.dependsOn()).contains(insights.logicalId());
        OutputChecks.checkAll(result, SCHEMAS);
        assertThat(result.scale().insightsAlarms()).isPositive();
    }

    @Test
    void autoKeepsPerResourceAlarmsWhenTheServiceFitsOneStack() throws Exception {
        GenerationResult result = generate(ScaleServices.samService(dir, 30), null, AlarmStyle.AUTO);
        assertThat(result.scale().style()).isEqualTo(AlarmStyle.PER_RESOURCE);
        assertThat(result.alarms().stream().filter(a -> a.ruleId().equals("Errors"))).hasSize(30);
        assertThat(result.scale().nestedTemplates()).isEmpty();
    }

    @Test
    void insightsBeyondTheRegionsQuotaIsExit2NamingTheOptionAndTheLimit() throws Exception {
        // 420 functions in pairs with a threshold of their own: 210 groups, each one Insights alarm, beyond 200.
        StringBuilder config = new StringBuilder("resources:\n");
        for (int i = 0; i < 420; i++) {
            config.append("  Fn").append(i).append(": { alarms: { Errors: { threshold: ").append(i / 2 + 1).append(" } } }\n");
        }
        Path template = ScaleServices.samService(dir, 420);
        Path file = Files.writeString(dir.resolve("pairs.yaml"), config);
        Path out = dir.resolve("out");
        int code = Main.run("generate", "--template", template.toString(), "--config", file.toString(), "--alarm-style", "insights",
                "--out", out.toString());
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("--alarm-style insights", "more than the 200", "MAX_INSIGHTS_ALARMS_PER_REGION");
        assertThat(out.resolve("svc.template.json")).doesNotExist();
    }

    @Test
    void perResourceThatCannotFitBesideTheServicesOwnResourcesIsExit2AndWritesNothing() throws Exception {
        // 493 functions, their role and the canary's deployment resources are 497: per-resource monitoring (about 2,000
        // alarms) needs at least 4 nested stacks, and the parent would hold 501 resources.
        Path template = ScaleServices.samService(dir, 493);
        Path out = dir.resolve("out");
        int code = Main.run("generate", "--template", template.toString(), "--service", "big", "--alarm-style", "per-resource",
                "--out", out.toString());
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("exceed the 500 resources a stack holds", "MAX_RESOURCES_PER_STACK", "--alarm-style insights");
        assertThat(out.resolve("big.template.json")).doesNotExist();
        assertThat(out.resolve("big")).doesNotExist();
    }

    @Test
    void aMergedOutputWithNestedStacksGivenAgainAsInputIsGeneratedInPlace() throws Exception {
        GenerationResult first = generate(ScaleServices.samService(dir, 30), null, AlarmStyle.PER_RESOURCE);
        NestedStacks.Layout layout = NestedStacks.split(first.template(), "svc/stacks", "svc", MonitorRegistry.standard().functionTypes());
        JsonNode preference = layout.parent().path("Resources").path("Fn0").path("Properties").path("DeploymentPreference");
        assertThat(preference.path("Alarms").toString()).contains("Outputs.");
        Path kept = dir.resolve("kept.template.json");
        new com.fasterxml.jackson.databind.ObjectMapper().writeValue(kept.toFile(), layout.parent());

        GenerationResult again = generate(kept, null, AlarmStyle.PER_RESOURCE);
        // The stacks and the outputs named in the deployment preference are ours: dropped and generated again, not doubled.
        assertThat(again.template().path("Resources").has("LambdaobsMonitoringStack1")).isFalse();
        assertThat(again.template().path("Resources").path("Fn0").path("Properties").path("DeploymentPreference").path("Alarms")
                .toString()).isEqualTo("[{\"Ref\":\"AlarmFn0Errors\"},{\"Ref\":\"AlarmFn0ThrottleRate\"},"
                        + "{\"Ref\":\"AlarmFn0DurationNearTimeout\"}]");
        assertThat(again.alarms()).hasSameSizeAs(first.alarms());
    }

    @Test
    void anUnknownStyleIsExit2() {
        assertThat(Main.run("generate", "--template", dir.resolve("none.yaml").toString(), "--alarm-style", "bulk", "--out",
                dir.resolve("out").toString())).isEqualTo(2);
    }
}
