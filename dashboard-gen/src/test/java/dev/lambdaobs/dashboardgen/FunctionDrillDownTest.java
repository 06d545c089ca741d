package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.dashboard.DashboardDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One drill-down dashboard for every function: a FunctionName variable picks the function its graphs show. */
class FunctionDrillDownTest {
    private static final CfnSchemas SCHEMAS = CfnSchemas.standard();

    @TempDir
    Path dir;

    private Path template() throws Exception {
        return Files.writeString(dir.resolve("svc.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Conditions:
                  InProd: !Equals [!Ref "AWS::AccountId", "123456789012"]
                Resources:
                  Orders:
                    Type: AWS::Serverless::Function
                    Properties: { Runtime: java21, Handler: a.B, CodeUri: . }
                  Payments:
                    Type: AWS::Serverless::Function
                    Properties: { Runtime: java21, Handler: a.C, CodeUri: . }
                  Audit:
                    Type: AWS::Serverless::Function
                    Condition: InProd
                    Properties: { Runtime: java21, Handler: a.D, CodeUri: . }
                  Queue:
                    Type: AWS::SQS::Queue
                """);
    }

    @Test
    void everyGraphFollowsTheVariableWhoseValuesAreTheServicesFunctions() throws Exception {
        GenerationResult result = TestSupport.generate(template(), null, Mode.MERGE, false);
        OutputChecks.checkAll(result, SCHEMAS);

        DashboardDefinition drill = drillDown(result);
        JsonNode variable = drill.body().path("variables").get(0);
        assertThat(variable.path("type").asText()).isEqualTo("property");
        assertThat(variable.path("property").asText()).isEqualTo("FunctionName");
        assertThat(variable.path("inputType").asText()).isEqualTo("select");
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        variable.path("values").forEach(v -> {
            labels.add(v.path("label").asText());
            values.add(v.path("value").asText());
        });
        assertThat(labels).containsExactlyInAnyOrder("Orders", "Payments", "Audit");
        assertThat(values.get(labels.indexOf("Orders"))).isEqualTo("${Orders}");
        assertThat(values.get(labels.indexOf("Payments"))).isEqualTo("${Payments}");
        assertThat(values.get(labels.indexOf("Audit"))).as("a conditional function's name only when it exists").startsWith("${Value");
        assertThat(variable.path("defaultValue").asText()).as("the first function that always exists").isEqualTo("${Orders}");

        List<JsonNode> graphs = new ArrayList<>();
        drill.body().path("widgets").forEach(w -> {
            if (w.path("type").asText().equals("metric")) {
                graphs.add(w);
            }
        });
        assertThat(graphs).isNotEmpty().allSatisfy(graph -> graph.path("properties").path("metrics").forEach(line -> {
            assertThat(line.get(0).asText()).isEqualTo("AWS/Lambda");
            assertThat(line.get(2).asText()).isEqualTo("FunctionName");
            assertThat(line.get(3).asText()).as("drawn for the default, which the variable replaces").isEqualTo("${Orders}");
        }));
        assertThat(graphs).noneMatch(graph -> graph.path("properties").has("annotations"));
        assertThat(drill.cfnBody().path("Fn::Sub").isArray()).as("the conditional name is a Sub variable").isTrue();
    }

    @Test
    void aServiceWithoutFunctionsGetsNoDrillDown() throws Exception {
        Path template = Files.writeString(dir.resolve("queues.yaml"), """
                Resources:
                  Queue:
                    Type: AWS::SQS::Queue
                """);
        GenerationResult result = TestSupport.generate(template, null, Mode.MERGE, false);

        assertThat(result.dashboards()).extracting(DashboardDefinition::name).noneMatch(name -> name.endsWith("-functions"));
    }

    private static DashboardDefinition drillDown(GenerationResult result) {
        return result.dashboards().stream().filter(d -> d.name().equals("svc-functions")).findFirst()
                .orElseThrow(() -> new AssertionError("no svc-functions dashboard in " + result.dashboards().stream()
                        .map(DashboardDefinition::name).toList()));
    }
}
