package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.generate.GenerationRequest;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each template's Globals apply to its own functions in the merged template, not the first template's to all. */
class SeveralTemplatesTest {
    @TempDir
    Path dir;

    @Test
    void eachTemplatesGlobalsStayWithItsOwnFunctions() throws Exception {
        Path orders = Files.writeString(dir.resolve("orders.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    Runtime: java21
                    Timeout: 20
                    Environment: { Variables: { TABLE: orders } }
                Resources:
                  Orders:
                    Type: AWS::Serverless::Function
                    Properties: { Handler: a.B, CodeUri: ., Environment: { Variables: { MODE: fast } } }
                """);
        Path billing = Files.writeString(dir.resolve("billing.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    Runtime: python3.12
                    Layers: [arn:aws:lambda:eu-west-1:123456789012:layer:shared:1]
                Resources:
                  Billing:
                    Type: AWS::Serverless::Function
                    Properties: { Handler: app.handler, CodeUri: ., Layers: [arn:aws:lambda:eu-west-1:123456789012:layer:own:1] }
                """);
        GenerationResult result = TestSupport.GENERATOR.generate(new GenerationRequest(List.of(orders, billing), Optional.empty(),
                Optional.of("shop"), Mode.MERGE));
        JsonNode resources = result.template().path("Resources");
        assertThat(result.template().path("Globals").path("Function").isMissingNode()).isTrue();
        JsonNode ordersProps = resources.path("Orders").path("Properties");
        assertThat(ordersProps.path("Runtime").asText()).isEqualTo("java21");
        assertThat(ordersProps.path("Timeout").asInt()).isEqualTo(20);
        assertThat(ordersProps.path("Environment").path("Variables").toString()).contains("\"TABLE\":\"orders\"", "\"MODE\":\"fast\"");
        JsonNode billingProps = resources.path("Billing").path("Properties");
        assertThat(billingProps.path("Runtime").asText()).isEqualTo("python3.12");
        assertThat(billingProps.has("Timeout")).isFalse();
        assertThat(billingProps.has("Environment")).isFalse();
        assertThat(billingProps.path("Layers").toString()).contains("layer:shared:1", "layer:own:1");
        // The analysis agrees: Orders' duration alarm uses its own template's Timeout, Billing's Lambda's default.
        assertThat(result.alarms().stream().filter(a -> a.ruleId().equals("DurationNearTimeout"))
                .map(a -> a.resourceKey() + "=" + a.threshold().getAsDouble()).toList())
                .containsExactlyInAnyOrder("Orders=18000.0", "Billing=2700.0");
    }
}
