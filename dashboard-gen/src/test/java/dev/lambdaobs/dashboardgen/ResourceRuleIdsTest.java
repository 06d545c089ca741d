package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule ids set on one resource, in its template {@code Metadata.lambdaobs} or for a resource SAM creates (the
 * implicit API, a function's EventBridge rule), are checked against that resource's own type's rules, like
 * {@code resources.<Id>.alarms} in the config: a rule of another type is exit 2 naming file:line, resource, key and
 * the accepted ids; an accepted one takes effect.
 */
class ResourceRuleIdsTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static final String SERVICE = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              OrdersFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: java21
                  Handler: a.B
                  Events:
                    Get:
                      Type: Api
                      Properties: { Path: /orders, Method: get }
                    Nightly:
                      Type: Schedule
                      Properties: { Schedule: rate(1 day) }
              OrdersQueue:
                Type: AWS::SQS::Queue
            """;

    private int generate(String template, String config) throws Exception {
        console.reset();
        List<String> args = new ArrayList<>(List.of("generate", "--template", Files.writeString(dir.resolve("t.yaml"), template).toString(),
                "--out", dir.resolve("out").toString()));
        if (config != null) {
            args.addAll(List.of("--config", Files.writeString(dir.resolve("c.yaml"), config).toString()));
        }
        return Main.run(args.toArray(String[]::new));
    }

    /** Exit 2 with {@code message}, nothing written; returns what the message goes on with (the accepted ids). */
    private String assertRefused(String template, String config, String message) throws Exception {
        assertThat(generate(template, config)).isEqualTo(Main.BAD_INPUT);
        assertThat(console.err()).contains(message).doesNotContain("\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
        return console.err().substring(console.err().indexOf(message) + message.length());
    }

    /** The thresholds of the generated alarms of one resource (by the logical id their dimension refers to). */
    private List<Double> thresholds(String alarmNamePart) throws Exception {
        JsonNode resources = new ObjectMapper().readTree(dir.resolve("out/t.template.json").toFile()).path("Resources");
        List<Double> found = new ArrayList<>();
        resources.forEach(resource -> {
            if (resource.path("Type").asText().equals("AWS::CloudWatch::Alarm")
                    && resource.path("Properties").path("AlarmName").toString().contains(alarmNamePart)) {
                found.add(resource.path("Properties").path("Threshold").asDouble());
            }
        });
        return found;
    }

    @Test
    void aMetadataRuleIdMustBeARuleOfThatResourcesType() throws Exception {
        String metadata = "    Metadata:\n      lambdaobs:\n        alarms:\n          %s: { threshold: %s }\n";

        assertThat(assertRefused(SERVICE + metadata.formatted("Errors", "1"), null,
                "t.yaml:20: resource OrdersQueue: Metadata.lambdaobs.alarms.Errors: not an alarm rule of OrdersQueue "
                        + "(AWS::SQS::Queue); expected one of [")).contains("DeadLetterMessages", "OldestMessageAge")
                .doesNotContain("Errors", "Throttle");
        String onFunction = SERVICE.replace("    Properties:\n      Runtime", metadata.formatted("Errorz", "1")
                + "    Properties:\n      Runtime");
        assertThat(assertRefused(onFunction, null, "t.yaml:8: resource OrdersFunction: Metadata.lambdaobs.alarms.Errorz: not an "
                + "alarm rule of OrdersFunction (AWS::Serverless::Function); expected one of [")).contains("Errors", "ThrottleRate")
                .doesNotContain("OldestMessageAge");
        // A type dashboard-gen does not monitor has no rules, though it is never monitored (so never read before).
        assertRefused(SERVICE + "  OrdersRole:\n    Type: AWS::IAM::Role\n" + metadata.formatted("Errors", "1"), null,
                "t.yaml:22: resource OrdersRole: Metadata.lambdaobs.alarms.Errors: not an alarm rule of OrdersRole (AWS::IAM::Role): "
                        + "dashboard-gen sets no alarms on AWS::IAM::Role");

        assertThat(generate(SERVICE + metadata.formatted("OldestMessageAge", "1234"), null)).isZero();
        assertThat(thresholds("OrdersQueue")).contains(1234.0);
    }

    @Test
    void aRuleIdForTheImplicitApiMustBeARuleOfItsType() throws Exception {
        assertThat(assertRefused(SERVICE, "resources:\n  ServerlessRestApi:\n    alarms:\n      Errors: { threshold: 1 }\n",
                "c.yaml:4: resources.ServerlessRestApi.alarms.Errors: not an alarm rule of ServerlessRestApi "
                        + "(AWS::Serverless::Api); expected one of [")).contains("5XXErrorRate", "LatencyP99")
                .doesNotContain("Errors,", "Throttle");

        assertThat(generate(SERVICE, "resources:\n  ServerlessRestApi:\n    alarms:\n      LatencyP99: { threshold: 4321 }\n")).isZero();
        assertThat(thresholds("ServerlessRestApi")).contains(4321.0);
    }

    @Test
    void aRuleIdForAFunctionsImplicitEventBridgeRuleMustBeARuleOfItsType() throws Exception {
        assertThat(assertRefused(SERVICE, "resources:\n  OrdersFunctionNightly:\n    alarms:\n      ThrottleRate: { threshold: 1 }\n",
                "c.yaml:4: resources.OrdersFunctionNightly.alarms.ThrottleRate: not an alarm rule of OrdersFunctionNightly "
                        + "(AWS::Events::Rule); expected one of [")).contains("FailedInvocations", "ThrottledRules")
                .doesNotContain("ThrottleRate", "Errors");

        assertThat(generate(SERVICE, "resources:\n  OrdersFunctionNightly:\n    alarms:\n      FailedInvocations: { threshold: 7 }\n"))
                .isZero();
        assertThat(thresholds("OrdersFunctionNightly")).contains(7.0);
    }

    @Test
    void anIdNoTemplateDefinesOrSamCreatesMayStillNameAnyProfilesRule() throws Exception {
        // A resource the config names for standalone mode's physical names, or one of another stack: its type is unknown.
        assertThat(generate(SERVICE, "resources:\n  Elsewhere:\n    alarms:\n      Errors: { threshold: 1 }\n")).isZero();
        assertThat(generate(SERVICE, "resources:\n  Elsewhere:\n    alarms:\n      Errorz: { threshold: 1 }\n")).isEqualTo(Main.BAD_INPUT);
        assertThat(console.err()).contains("c.yaml:4: resources.Elsewhere.alarms.Errorz: unknown alarm rule id");
    }
}
