package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Fn::ForEach} (AWS::LanguageExtensions) in Resources: a loop over a literal list, and one nested in it, are
 * unrolled as the transform unrolls them and their resources monitored, named as written ({@code &{Id}} without
 * non-alphanumerics) and located at the loop's lines; a loop over a parameter is kept as written and listed as
 * skipped. Before, every such template was refused ("resource Fn::ForEach::... needs a Type").
 */
class ForEachLoopsTest {
    private static final Path TEMPLATE = TestSupport.resource("robustness/for-each.yaml");

    @TempDir
    Path dir;

    @Test
    void literalLoopsAreUnrolledAndMonitored() {
        GenerationResult result = TestSupport.generate(TEMPLATE);
        assertThat(result.monitored()).extracting(r -> r.logicalId()).contains("OrdersFunction", "RefundRequestsFunction",
                "OrdersFastQueue", "OrdersSlowQueue", "RefundRequestsFastQueue", "RefundRequestsSlowQueue", "Plain");
        AlarmDefinition errors = result.alarms().stream()
                .filter(a -> a.resourceKey().equals("RefundRequestsFunction") && a.ruleId().equals("Errors")).findFirst().orElseThrow();
        assertThat(errors.properties().path("Dimensions").get(0).get("Value"))
                .isEqualTo(Intrinsics.sub("${AWS::StackName}-Refund-Requests"));
        assertThat(errors.properties().path("AlarmDescription").asText()).contains("for-each.yaml:14");
        JsonNode function = TestSupport.outputResource(result, "RefundRequestsFunction");
        assertThat(function.path("Properties").path("Environment").path("Variables").path("KIND").asText()).isEqualTo("Refund-Requests");
        assertThat(result.template().path("Resources").has("Fn::ForEach::Workers")).isFalse();
    }

    @Test
    void aLoopOverAParameterIsKeptAsWrittenAndNamedAsSkipped() {
        GenerationResult result = TestSupport.generate(TEMPLATE);
        assertThat(result.template().path("Resources").path("Fn::ForEach::Topics").isArray()).isTrue();
        assertThat(result.template().path("Transform").toString()).contains("AWS::LanguageExtensions");
        assertThat(result.skipped()).anyMatch(line -> line.startsWith("Fn::ForEach::Topics (") && line.contains("for-each.yaml:30")
                && line.contains("known only at deploy"));
        assertThat(result.monitored()).noneMatch(r -> r.logicalId().endsWith("Topic"));
    }

    @Test
    void aLoopWithoutTheTransformIsRefusedNamingItsLine() throws Exception {
        Path template = Files.writeString(dir.resolve("no-transform.yaml"), """
                Resources:
                  Fn::ForEach::Queues:
                    - Name
                    - [A, B]
                    - ${Name}Queue: { Type: AWS::SQS::Queue }
                """);
        assertThatThrownBy(() -> TestSupport.generate(template)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no-transform.yaml:2").hasMessageContaining("Transform: AWS::LanguageExtensions");
    }

    @Test
    void cfnLintFindsNothingTheInputDidNotHave() throws Exception {
        assumeTrue(CfnLint.version().isPresent(), "cfn-lint is not installed (pip install cfn-lint): skipping the cfn-lint check");
        Path output = dir.resolve("for-each.output.json");
        new ObjectMapper().writeValue(output.toFile(), TestSupport.generate(TEMPLATE).template());
        Map<Path, List<CfnLint.Finding>> findings = CfnLint.lint(List.of(TEMPLATE, output), dir);
        List<CfnLint.Finding> before = findings.get(TEMPLATE.toAbsolutePath());
        assertThat(before).as("the input's findings").isEmpty();
        assertThat(CfnLint.introduced(before, findings.get(output.toAbsolutePath()))).isEmpty();
    }
}
