package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.cli.Main;
import dev.lambdaobs.dashboardgen.generate.GenerationRequest;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several templates: each template's Globals apply to its own functions in the merged template, not the first
 * template's to all; templates that look like separate stacks are refused unless the user says they form one service.
 */
class SeveralTemplatesTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static final String ORDERS = """
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Stage: { Type: String, Default: prod }
            Resources:
              OrdersTable:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !Sub orders-${Stage}
              Orders:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: a.B
                  Runtime: java21
                  Environment: { Variables: { POWERTOOLS_SERVICE_NAME: orders, TABLE: !Ref OrdersTable } }
            Outputs:
              ApiUrl: { Value: !Sub "https://${AWS::StackName}/orders" }
            """;
    private static final String BILLING = """
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Stage: { Type: String, Default: dev }
            Resources:
              Billing:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: app.handler
                  Runtime: python3.12
                  Environment: { Variables: { POWERTOOLS_SERVICE_NAME: billing } }
            Outputs:
              ApiUrl: { Value: !Sub "https://${AWS::StackName}/billing" }
            """;
    /** A fragment of the orders stack: its function reads the table and parameter the main template defines. */
    private static final String ORDERS_WORKER = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              OrdersWorker:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: a.Worker
                  Runtime: java21
                  Environment: { Variables: { POWERTOOLS_SERVICE_NAME: orders, TABLE: !Ref OrdersTable, STAGE: !Ref Stage } }
            """;

    private int generate(String... templatesThenFlags) throws Exception {
        console.reset();
        List<String> args = new ArrayList<>(List.of("generate", "--out", dir.resolve("out").toString()));
        int index = 0;
        for (String text : templatesThenFlags) {
            if (text.startsWith("--")) {
                args.add(text);
            } else {
                args.add("--template");
                args.add(Files.writeString(dir.resolve("t" + index++ + ".yaml"), text).toString());
            }
        }
        return Main.run(args.toArray(String[]::new));
    }

    @Test
    void templatesThatLookLikeSeparateStacksAreRefusedNamingThemAndWhy() throws Exception {
        assertThat(generate(ORDERS, BILLING)).isEqualTo(Main.BAD_INPUT);
        String t0 = dir.resolve("t0.yaml").toString();
        String t1 = dir.resolve("t1.yaml").toString();
        assertThat(console.err()).contains("the templates [" + t0 + ", " + t1 + "] look like separate stacks",
                "[" + t0 + "] and [" + t1 + "] refer to no resource, parameter, condition or mapping of each other",
                "they define Parameters Stage differently", "they define Outputs ApiUrl differently",
                "their functions name different services (POWERTOOLS_SERVICE_NAME [orders] in t0.yaml, [billing] in t1.yaml)",
                "--one-service").doesNotContain("\tat ");
        assertThat(dir.resolve("out")).doesNotExist();

        // Two copies of one stack (one per stage) define the same logical ids.
        assertThat(generate(ORDERS, ORDERS.replace("prod", "test"))).isEqualTo(Main.BAD_INPUT);
        assertThat(console.err()).contains("more than one defines the logical id(s) Orders, OrdersTable");

        // The user says they form one service: generated.
        assertThat(generate(ORDERS, BILLING, "--one-service")).isZero();
        assertThat(dir.resolve("out")).isNotEmptyDirectory();
    }

    @Test
    void fragmentsOfOneStackThatReferToEachOtherNeedNoFlag() throws Exception {
        assertThat(generate(ORDERS, ORDERS_WORKER)).as(console.err()).isZero();
        assertThat(console.out()).contains("OrdersWorker");
    }

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
                Optional.of("shop"), Mode.MERGE, false, true));
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
