package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void generatesEveryOutputAndASummary() {
        int code = Main.run("generate", "--template", TestSupport.resource("golden/lambda.yaml").toString(), "--service", "orders",
                "--out", dir.toString());
        assertThat(code).isZero();
        assertThat(dir.resolve("orders.template.json")).isRegularFile();
        assertThat(dir.resolve("orders/alarms.json")).isRegularFile();
        assertThat(dir.resolve("orders/dashboards/orders-summary.json")).isRegularFile();
        assertThat(dir.resolve("orders/queries/errors.logsinsights")).content().contains("function_request_id");
        assertThat(console.out()).contains("Service orders", "AWS::Serverless::Function: 1", "critical", "Dashboard orders-summary");
    }

    @Test
    void malformedYamlIsExit2NamingFileAndLine() throws Exception {
        Path bad = write("bad.yaml", "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n   Properties: [\n");
        assertThat(run(bad)).isEqualTo(2);
        assertThat(console.err()).containsPattern("bad\\.yaml:\\d+: malformed YAML");
    }

    @Test
    void unknownTagIsExit2NamingTagFileAndLine() throws Exception {
        Path bad = write("tag.yaml", "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Reff Name\n");
        assertThat(run(bad)).isEqualTo(2);
        assertThat(console.err()).contains("tag.yaml:5: unknown YAML tag !Reff");
    }

    @Test
    void configErrorIsExit2NamingKeyAndExpectation() throws Exception {
        Path config = write("config.yaml", "service: orders\ndefaults:\n  lambda:\n    Errors:\n      treshold: 3\n");
        int code = Main.run("generate", "--template", TestSupport.resource("golden/sqs.yaml").toString(), "--config", config.toString(),
                "--out", dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("config.yaml:5: defaults.lambda.Errors.treshold: unknown key; expected one of",
                "threshold");
    }

    @Test
    void missingFileIsExit2() {
        assertThat(run(dir.resolve("nope.yaml"))).isEqualTo(2);
        assertThat(console.err()).contains("nope.yaml: no such file");
    }

    @Test
    void resourceWithoutTypeIsExit2NamingResourceAndLine() throws Exception {
        Path bad = write("notype.yaml", "Resources:\n  Queue:\n    Properties: {}\n");
        assertThat(run(bad)).isEqualTo(2);
        assertThat(console.err()).contains("notype.yaml:2: resource Queue needs a Type");
    }

    @Test
    void anOutputThatCannotBeMovedIntoPlaceIsExit2AndLeavesNothing() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("orders.template.json/in-the-way"));
        int code = Main.run("generate", "--template", TestSupport.resource("golden/lambda.yaml").toString(), "--service", "orders",
                "--out", out.toString());
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("orders.template.json").doesNotContain("\tat ");
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("orders.template.json");
        }
    }

    @Test
    void helpDocumentsTheOptions() {
        assertThat(Main.run("generate", "--help")).isZero();
        assertThat(console.out()).contains("--template", "--config", "--service", "--mode", "--out", "Exit codes");
    }

    private int run(Path template) {
        return Main.run("generate", "--template", template.toString(), "--out", dir.resolve("out").toString());
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

}
