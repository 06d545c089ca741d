package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TracingCheckTest {
    private static final Path TEMPLATE = TestSupport.resource("guardrails/tracing.yaml");

    @Test
    void functionsAndRestApisWithoutActiveTracingAreListedAndNothingChangesWithoutTheFlag() {
        GenerationResult result = TestSupport.generate(TEMPLATE, null, Mode.MERGE, false);
        assertThat(result.guardrails().notes()).anySatisfy(note -> assertThat(note)
                .startsWith("Tracing: X-Ray active tracing is off for ")
                .contains("function External", "function Plain", "REST API SamApi", "REST API stage RestStage", "function Untraced",
                        "implicit REST API ServerlessRestApi", "--fix-tracing")
                .doesNotContain("function Traced"));
        assertThat(result.guardrails().notes()).anySatisfy(note -> assertThat(note)
                .contains("(resource RestDeployment): the stage this deployment creates has no X-Ray tracing"));
        assertThat(result.guardrails().changes()).noneMatch(c -> c.contains("X-Ray"));
        assertThat(TestSupport.outputResource(result, "Untraced").path("Properties").has("Tracing")).isFalse();
    }

    @Test
    void fixTracingTurnsItOnEverywhereListsEachChangeAndStillValidates() {
        GenerationResult result = TestSupport.generate(TEMPLATE, null, Mode.MERGE, true);
        assertThat(TestSupport.outputResource(result, "Untraced").at("/Properties/Tracing").asText()).isEqualTo("Active");
        assertThat(TestSupport.outputResource(result, "Plain").at("/Properties/TracingConfig/Mode").asText()).isEqualTo("Active");
        assertThat(TestSupport.outputResource(result, "SamApi").at("/Properties/TracingEnabled").asBoolean()).isTrue();
        assertThat(TestSupport.outputResource(result, "RestStage").at("/Properties/TracingEnabled").asBoolean()).isTrue();
        assertThat(result.template().at("/Globals/Api/TracingEnabled").asBoolean()).isTrue();
        assertThat(result.template().at("/Globals/Function/Runtime").asText()).isEqualTo("java17");
        assertThat(result.guardrails().changes()).filteredOn(c -> c.contains("turned on X-Ray active tracing")).hasSize(6);
        OutputChecks.checkChangedResources(result, List.of(TEMPLATE), CfnSchemas.standard());
    }

    @Test
    void aPlainFunctionsRoleGetsTheXrayPolicyWhenTheTemplateDeclaresItElseTheSummarySaysWhatToGrant() {
        GenerationResult result = TestSupport.generate(TEMPLATE, null, Mode.MERGE, true);
        assertThat(TestSupport.outputResource(result, "PlainRole").at("/Properties/ManagedPolicyArns")).hasSize(2)
                .anySatisfy(arn -> assertThat(arn.path("Fn::Sub").asText())
                        .isEqualTo("arn:${AWS::Partition}:iam::aws:policy/AWSXRayDaemonWriteAccess"));
        assertThat(result.guardrails().changes()).anySatisfy(c -> assertThat(c)
                .contains("(resource PlainRole): added managed policy AWSXRayDaemonWriteAccess so Plain may send traces"));
        assertThat(result.guardrails().notes()).anySatisfy(n -> assertThat(n)
                .contains("(resource External): its execution role is not in the template", "xray:PutTraceSegments"));
    }

    @Test
    void theConfigSwitchesTheReportOffAndStandaloneNeverChangesTheTemplate() {
        GenerationResult off = TestSupport.generate(TEMPLATE, "guardrails: { tracing: false }\n", Mode.MERGE, false);
        assertThat(off.guardrails().notes()).noneMatch(n -> n.startsWith("Tracing:"));
        GenerationResult standalone = TestSupport.generate(TEMPLATE, null, Mode.STANDALONE, true);
        assertThat(standalone.template().path("Resources").has("Untraced")).isFalse();
        assertThat(standalone.guardrails().changes()).isEmpty();
        assertThat(standalone.guardrails().notes()).anyMatch(n -> n.startsWith("Tracing: X-Ray active tracing is off"));
    }
}
