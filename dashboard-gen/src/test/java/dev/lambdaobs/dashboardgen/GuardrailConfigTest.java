package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guardrail switches are read as strictly as every other config key; the CLI lists every change. */
class GuardrailConfigTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "guardrails: { retention: 30 }|c.yaml:1: guardrails.retention: unknown key; expected one of deploymentAlarms, lambdaInsights, "
                + "logRetention, logRetentionDays, tracing",
        "guardrails: { logRetentionDays: 45 }|c.yaml:1: guardrails.logRetentionDays: 45 days is not a retention period CloudWatch "
                + "Logs accepts; expected one of [1, 3, 5, 7, 14, 30,",
        "guardrails: { tracing: yes please }|c.yaml:1: guardrails.tracing: expected true or false",
        "guardrails: { logRetentionDays: 0 }|c.yaml:1: guardrails.logRetentionDays: expected a whole number of at least 1",
        "guardrails: [logRetention]|c.yaml:1: guardrails: expected a mapping"})
    void badSwitchesAreExit2NamingFileLineKeyAndExpectation(String config, String message) throws Exception {
        Path file = Files.writeString(dir.resolve("c.yaml"), config + "\n");
        int code = Main.run("generate", "--template", TestSupport.resource("guardrails/retention.yaml").toString(), "--config",
                file.toString(), "--out", dir.resolve("out").toString());
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains(message);
    }

    @Test
    void theSummaryListsEveryChangeToTheUsersResources() throws Exception {
        Path config = java.nio.file.Files.writeString(dir.resolve("add.yaml"), "guardrails: { logRetention: true }\n");
        int code = Main.run("generate", "--template", TestSupport.resource("guardrails/tracing.yaml").toString(), "--fix-tracing",
                "--config", config.toString(), "--out", dir.toString());
        assertThat(code).isZero();
        assertThat(console.out()).contains("Changes to your resources (", "(resource Untraced): turned on X-Ray active tracing",
                "(resource PlainRole): added managed policy AWSXRayDaemonWriteAccess", "added AWS::Logs::LogGroup UntracedLogGroup",
                "Guardrail: Deployment safety: no alarms wired for");
        assertThat(dir.resolve("tracing.template.json")).content().contains("\"Tracing\" : \"Active\"", "UntracedLogGroup");
        console.reset();
        assertThat(Main.run("generate", "--help")).isZero();
        assertThat(console.out()).contains("--fix-tracing", "guardrails");
    }
}
