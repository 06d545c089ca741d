package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogRetentionTest {
    private static final Path TEMPLATE = TestSupport.resource("guardrails/retention.yaml");
    private static final String ADD = "guardrails: { logRetention: true }\n";

    @Test
    void byDefaultNothingIsAddedSoAnAlreadyDeployedServiceStillDeploysAndTheFunctionsAreReported() {
        GenerationResult result = TestSupport.generate(TEMPLATE, null, Mode.MERGE, false);
        assertThat(addedLogGroups(result)).isEmpty();
        assertThat(result.guardrails().changes()).noneMatch(c -> c.contains("LogGroup"));
        assertThat(result.guardrails().notes()).filteredOn(n -> n.startsWith("Log retention:")).singleElement().asString()
                .contains("4 function(s)", "Implicit", "Named", "SharedA", "ProdOnly", "guardrails.logRetention: true",
                        "put-retention-policy").doesNotContain("SharedB");
    }

    @Test
    void everyFunctionWithoutADeclaredLogGroupGetsOneNamedAsLambdaNamesItWithTheDefaultRetention() {
        GenerationResult result = TestSupport.generate(TEMPLATE, ADD, Mode.MERGE, false);
        Map<String, JsonNode> added = addedLogGroups(result);
        assertThat(added.keySet()).containsExactlyInAnyOrder("ImplicitLogGroup", "NamedLogGroup", "SharedALogGroup",
                "ProdOnlyLogGroup");
        assertThat(added.get("ImplicitLogGroup").at("/Properties/LogGroupName/Fn::Sub").asText()).isEqualTo("/aws/lambda/${Implicit}");
        assertThat(added.get("NamedLogGroup").at("/Properties/LogGroupName").asText()).isEqualTo("/aws/lambda/orders-named");
        assertThat(added.get("SharedALogGroup").at("/Properties/LogGroupName").asText()).isEqualTo("/orders/shared");
        assertThat(added.values()).allSatisfy(group -> assertThat(group.at("/Properties/RetentionInDays").asInt()).isEqualTo(30));
        // A log group for a conditional function is created only with it (its Ref would fail otherwise).
        assertThat(added.get("ProdOnlyLogGroup").path("Condition").asText()).isEqualTo("IsProd");
        assertThat(added.get("ImplicitLogGroup").has("Condition")).isFalse();
        OutputChecks.checkChangedResources(result, List.of(TEMPLATE), CfnSchemas.standard());
    }

    @Test
    void everyAddedLogGroupIsListedAndDeclaredOnesWithoutRetentionAreReported() {
        GenerationResult result = TestSupport.generate(TEMPLATE, ADD, Mode.MERGE, false);
        assertThat(result.guardrails().changes()).filteredOn(c -> c.contains("AWS::Logs::LogGroup")).hasSize(4)
                .anySatisfy(c -> assertThat(c).contains("(resource Implicit): added AWS::Logs::LogGroup ImplicitLogGroup "
                        + "(/aws/lambda/${Implicit}) with RetentionInDays 30"));
        assertThat(result.guardrails().notes()).filteredOn(n -> n.contains("RetentionInDays")).singleElement().asString()
                .contains("retention.yaml:21 (resource OwnGroupLogs): log group without RetentionInDays keeps its logs forever");
    }

    @Test
    void theConfigSetsTheRetentionOrSwitchesItOffAndStandaloneLeavesTheUsersTemplateAlone() {
        GenerationResult ninety = TestSupport.generate(TEMPLATE, "guardrails: { logRetention: true, logRetentionDays: 90 }\n", Mode.MERGE, false);
        assertThat(addedLogGroups(ninety).values()).isNotEmpty()
                .allSatisfy(group -> assertThat(group.at("/Properties/RetentionInDays").asInt()).isEqualTo(90));
        GenerationResult off = TestSupport.generate(TEMPLATE, "guardrails: { logRetention: false }\n", Mode.MERGE, false);
        assertThat(addedLogGroups(off)).isEmpty();
        assertThat(off.guardrails().changes()).noneMatch(c -> c.contains("LogGroup"));
        GenerationResult standalone = TestSupport.generate(TEMPLATE, null, Mode.STANDALONE, false);
        assertThat(addedLogGroups(standalone)).isEmpty();
        assertThat(standalone.guardrails().notes()).anyMatch(n -> n.startsWith("Standalone mode: log retention"));
    }

    @Test
    void aCdkLogRetentionResourceCountsAsDeclared(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path cdk = java.nio.file.Files.writeString(dir.resolve("cdk.json"), """
                {"Resources": {
                  "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Role": "arn:aws:iam::123456789012:role/r",
                    "Code": {"ZipFile": "x"}, "Runtime": "java17", "Handler": "a.B"}},
                  "FnLogRetention": {"Type": "Custom::LogRetention", "Properties": {"ServiceToken": "arn:aws:lambda:x",
                    "LogGroupName": {"Fn::Join": ["", ["/aws/lambda/", {"Ref": "Fn"}]]}, "RetentionInDays": 14}}}}
                """);
        GenerationResult result = TestSupport.generate(cdk, null, Mode.MERGE, false);
        assertThat(result.template().path("Resources").has("FnLogGroup")).isFalse();
        assertThat(result.guardrails().changes()).noneMatch(c -> c.contains("LogGroup"));
    }

    /** Log groups in the output template that the input does not declare. */
    static Map<String, JsonNode> addedLogGroups(GenerationResult result) {
        Map<String, JsonNode> added = new java.util.TreeMap<>();
        List<String> declared = new ArrayList<>(List.of("OwnGroupLogs", "DeclaredLogs", "JoinedLogs"));
        result.template().path("Resources").fields().forEachRemaining(e -> {
            if (e.getValue().path("Type").asText().equals("AWS::Logs::LogGroup") && !declared.contains(e.getKey())) {
                added.put(e.getKey(), e.getValue());
            }
        });
        return added;
    }
}
