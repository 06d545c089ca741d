package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that used to give exit 0 and wrong output, and input that used to be refused though valid:
 * each bad one is now exit 2 naming file:line, resource and key, with nothing written.
 */
class BadTemplateCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static final String FUNCTION = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              OrdersFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: java21
                  Handler: a.B
            """;

    private int generate(String template) throws Exception {
        return generate(template, null);
    }

    private int generate(String template, String config) throws Exception {
        console.reset();
        Path file = Files.writeString(dir.resolve("t.yaml"), template);
        if (config == null) {
            return Main.run("generate", "--template", file.toString(), "--out", dir.resolve("out").toString());
        }
        Path configFile = Files.writeString(dir.resolve("c.yaml"), config);
        return Main.run("generate", "--template", file.toString(), "--config", configFile.toString(), "--out",
                dir.resolve("out").toString());
    }

    private void assertRefused(String template, String... parts) throws Exception {
        assertThat(generate(template)).isEqualTo(Main.BAD_INPUT);
        assertThat(console.err()).contains(parts).doesNotContain("\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private void assertConfigRefused(String config, String... parts) throws Exception {
        assertThat(generate(FUNCTION, config)).isEqualTo(Main.BAD_INPUT);
        assertThat(console.err()).contains(parts).doesNotContain("\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aNegativeOrOverflowingTimeoutIsRefused() throws Exception {
        assertRefused(FUNCTION + "      Timeout: -5\n",
                "t.yaml:8: resource OrdersFunction: Timeout -5: expected a whole number of seconds from 1 to 900");
        assertRefused(FUNCTION + "      Timeout: 99999999999\n", "t.yaml:8: resource OrdersFunction: Timeout 99999999999");
        assertRefused("Globals:\n  Function:\n    Timeout: 0\n" + FUNCTION, "t.yaml:3: Globals.Function.Timeout 0");
        assertThat(generate(FUNCTION + "      Timeout: !Ref TimeoutParameter\n      MemorySize: 1024\n")).isZero();
    }

    @Test
    void propertiesThatAreNotAMappingAreRefused() throws Exception {
        assertRefused(FUNCTION.replace("    Properties:\n      Runtime: java21\n      Handler: a.B\n",
                "    Properties:\n      - Runtime: java21\n"), "t.yaml:5: resource OrdersFunction: Properties: expected a mapping");
    }

    @Test
    void globalsThatAreNotAMappingAreRefused() throws Exception {
        assertRefused("Globals: [Function]\n" + FUNCTION, "t.yaml:1: Globals: expected a mapping of sections");
        assertRefused("Globals:\n  Function: java21\n" + FUNCTION, "t.yaml:2: Globals.Function: expected a mapping");
        assertThat(generate("Globals:\n" + FUNCTION)).isZero();
    }

    @Test
    void aDuplicateThatHidesSomethingIsRefusedAndOneDeeperDownIsReportedNamingTheResourceAndTheKey() throws Exception {
        assertRefused(FUNCTION + "  OrdersFunction:\n    Type: AWS::SQS::Queue\n",
                "t.yaml:8: duplicate key Resources.OrdersFunction (first at line 3)");
        assertRefused(FUNCTION + "    Properties: {}\n",
                "t.yaml:8: resource OrdersFunction: duplicate key Properties (first at line 5)");
        String json = "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\",\n \"Type\": \"AWS::SNS::Topic\"}}}";
        assertRefused(json, "t.yaml:2: resource Q: duplicate key Type (first at line 1)");
        // Inside Properties, at any depth, and in Outputs, CloudFormation deploys the last value: so does the monitoring.
        assertReported(FUNCTION + "      Timeout: 10\n      Timeout: 20\n",
                "t.yaml:9: resource OrdersFunction: duplicate key Properties.Timeout (first at line 8)");
        assertReported(FUNCTION + "      Environment:\n        Variables:\n          MODE: a\n          MODE: b\n",
                "t.yaml:11: resource OrdersFunction: duplicate key Properties.Environment.Variables.MODE (first at line 10)");
        assertReported(FUNCTION + "Outputs:\n  Arn:\n    Value: !GetAtt OrdersFunction.Arn\n    Value: x\n",
                "t.yaml:11: output Arn: duplicate key Value (first at line 10)");
        String jsonProperties = "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\", \"Properties\": {\n"
                + "\"Tags\": [{\"Key\": \"a\", \"Value\": \"1\",\n\"Value\": \"2\"}]}}}}";
        assertReported(jsonProperties, "t.yaml:3: resource Q: duplicate key Properties.Tags.0.Value (first at line 2)");
    }

    /** Generated (exit 0) from the last value, with the duplicate named on stderr. */
    private void assertReported(String template, String warning) throws Exception {
        console.reset();
        assertThat(generate(template, null)).isZero();
        assertThat(console.err()).contains("warning: ", warning, "CloudFormation deploys the last value").doesNotContain("\tat ");
    }

    @Test
    void configTyposAreRefused() throws Exception {
        assertConfigRefused("defaults:\n  lamda:\n    Errors: { threshold: 2 }\n",
                "c.yaml:2: defaults.lamda: unknown resource type id; expected one of", "lambda");
        assertConfigRefused("defaults:\n  lambda:\n    Errorz: { threshold: 2 }\n",
                "c.yaml:3: defaults.lambda.Errorz: unknown alarm rule id; expected one of", "Errors");
        assertConfigRefused("resources:\n  OrdersFunction:\n    alarms:\n      Errorz: { disabled: true }\n",
                "c.yaml:4: resources.OrdersFunction.alarms.Errorz: not an alarm rule of OrdersFunction (AWS::Serverless::Function)");
        assertConfigRefused("service: a\nservice: b\n", "c.yaml:2: duplicate key service (first at line 1)");
        assertThat(generate(FUNCTION, "defaults:\n  service:\n    ServiceErrorRate: { threshold: 2 }\n")).isZero();
    }

    @Test
    void aResourcesRuleIdMustBeARuleOfThatResourcesType() throws Exception {
        String withQueue = FUNCTION + "  OrdersQueue:\n    Type: AWS::SQS::Queue\n";
        String lambdaRuleOnQueue = "resources:\n  OrdersQueue:\n    alarms:\n      Errors: { threshold: 1 }\n";

        assertThat(generate(withQueue, lambdaRuleOnQueue)).isEqualTo(Main.BAD_INPUT);
        assertThat(console.err()).contains("c.yaml:4: resources.OrdersQueue.alarms.Errors: not an alarm rule of OrdersQueue "
                + "(AWS::SQS::Queue); expected one of [").doesNotContain("\tat ");
        String valid = console.err().substring(console.err().indexOf("expected one of ["));
        assertThat(valid).contains("DeadLetterMessages", "OldestMessageAge").doesNotContain("Errors");
        assertThat(dir.resolve("out")).doesNotExist();
        // The same rule id on the function, and a queue rule on the queue, are fine.
        assertThat(generate(withQueue, "resources:\n  OrdersFunction:\n    alarms:\n      Errors: { threshold: 1 }\n"
                + "  OrdersQueue:\n    alarms:\n      OldestMessageAge: { threshold: 600 }\n")).isZero();
    }

    @Test
    void aTemplateWithAByteOrderMarkIsRead() throws Exception {
        assertThat(generate("\uFEFF" + FUNCTION)).isZero();
        assertThat(dir.resolve("out/t.template.json")).isRegularFile();
    }
}
