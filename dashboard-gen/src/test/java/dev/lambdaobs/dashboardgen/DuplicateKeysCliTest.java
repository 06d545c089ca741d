package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaobs.dashboardgen.apply.DesiredState;
import dev.lambdaobs.dashboardgen.cli.Main;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.template.DuplicateKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key given twice deep in a template: by default a warning (CloudFormation deploys the last value), with
 * {@code --strict} exit 2 with the same file:line, resource and key, on every command that reads a template.
 */
class DuplicateKeysCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static final String DEEP_DUPLICATE = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              OrdersFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: java21
                  Handler: a.B
                  Timeout: 10
                  Timeout: 20
            """;
    private static final String NAMED = ":9: resource OrdersFunction: duplicate key Properties.Timeout (first at line 8)";
    /** A generated template edited by hand: one saved query's name given twice. */
    private static final String GENERATED_DUPLICATE = """
            {"Resources": {"ErrorsQuery": {"Type": "AWS::Logs::QueryDefinition", "Properties": {
              "Name": "orders/errors", "QueryString": "fields @message",
              "Name": "orders/errors-2"}}}}
            """;
    private static final String GENERATED_NAMED = ":3: resource ErrorsQuery: duplicate key Properties.Name (first at line 2)";

    private int generate(String... more) throws Exception {
        Path file = Files.writeString(dir.resolve("t.yaml"), DEEP_DUPLICATE);
        List<String> args = new ArrayList<>(List.of("generate", "--template", file.toString(), "--out", dir.resolve("out").toString()));
        args.addAll(List.of(more));
        console.reset();
        return Main.run(args.toArray(String[]::new));
    }

    @Test
    void byDefaultADeepDuplicateIsOneWarningLineAndTheLastValueIsGenerated() throws Exception {
        assertThat(generate()).isZero();

        List<String> warnings = console.err().lines().filter(line -> line.contains("duplicate key")).toList();
        assertThat(warnings).singleElement().satisfies(line -> assertThat(line)
                .startsWith("dashboard-gen: warning: " + dir.resolve("t.yaml") + NAMED)
                .contains("CloudFormation deploys the last value", "--strict")
                .doesNotContain("[lambdaobs]", "WARN"));
        // The duration alarm's threshold derives from the deployed (last) Timeout: 20 s, not 10 s.
        String template = Files.readString(dir.resolve("out/t.template.json"));
        assertThat(template).contains("\"Timeout\" : 20").doesNotContain("\"Timeout\" : 10");
    }

    @Test
    void strictRefusesTheSameDuplicateNamingFileLineResourceAndKeyAndWritesNothing() throws Exception {
        assertThat(generate("--strict")).isEqualTo(Main.BAD_INPUT);

        assertThat(console.err()).isEqualTo("dashboard-gen: " + dir.resolve("t.yaml") + NAMED + "; each key may appear once in a mapping"
                + System.lineSeparator());
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void strictRefusesEveryDuplicateWhereTheDefaultAlreadyRefusesTheOnesThatHideSomething() throws Exception {
        Path file = Files.writeString(dir.resolve("t.yaml"), DEEP_DUPLICATE.replace("      Timeout: 20\n", "")
                + "  OrdersFunction:\n    Type: AWS::SQS::Queue\n");
        for (List<String> strict : List.of(List.<String>of(), List.of("--strict"))) {
            List<String> args = new ArrayList<>(List.of("generate", "--template", file.toString(), "--out", dir.resolve("out").toString()));
            args.addAll(strict);
            console.reset();
            assertThat(Main.run(args.toArray(String[]::new))).isEqualTo(Main.BAD_INPUT);
            assertThat(console.err()).contains("t.yaml:9: duplicate key Resources.OrdersFunction (first at line 3)");
        }
    }

    @Test
    void queryAndTailReadTheGeneratedTemplateUnderTheSamePolicy() throws Exception {
        Path generated = Files.writeString(dir.resolve("g.json"), GENERATED_DUPLICATE);

        // Default: a warning, then the command goes on with the last value (no such saved query: exit 2 before any AWS call).
        console.reset();
        assertThat(Main.run("query", "--template", generated.toString(), "--saved", "missing")).isEqualTo(Main.BAD_INPUT);
        assertThat(console.err()).contains("dashboard-gen: warning: " + generated + GENERATED_NAMED, "no such saved query",
                "[orders/errors-2]");

        for (String command : List.of("query", "tail")) {
            console.reset();
            List<String> args = new ArrayList<>(List.of(command, "--template", generated.toString(), "--strict"));
            args.addAll(command.equals("query") ? List.of("--saved", "orders/errors-2") : List.of("--max-events", "1"));
            assertThat(Main.run(args.toArray(String[]::new))).as(command).isEqualTo(Main.BAD_INPUT);
            assertThat(console.err()).as(command).startsWith("dashboard-gen: " + generated + GENERATED_NAMED).doesNotContain("\tat ");
        }
    }

    @Test
    void previewReadsTheTemplateUnderTheSamePolicy() throws Exception {
        Files.writeString(dir.resolve("t.yaml"), DEEP_DUPLICATE.replace("      Timeout: 20\n", ""));
        assertThat(Main.run("generate", "--template", dir.resolve("t.yaml").toString(), "--out", dir.resolve("out").toString()))
                .isZero();
        Path generated = Files.writeString(dir.resolve("g.json"), GENERATED_DUPLICATE);
        Path html = dir.resolve("page.html");

        console.reset();
        assertThat(Main.run("preview", "--dashboards", dir.resolve("out/t/dashboards").toString(), "--template", generated.toString(),
                "--html", html.toString(), "--strict")).isEqualTo(Main.BAD_INPUT);
        assertThat(console.err()).startsWith("dashboard-gen: " + generated + GENERATED_NAMED);
        assertThat(html).doesNotExist();

        console.reset();
        assertThat(Main.run("preview", "--dashboards", dir.resolve("out/t/dashboards").toString(), "--template", generated.toString(),
                "--html", html.toString())).isZero();
        assertThat(console.err()).startsWith("dashboard-gen: warning: " + generated + GENERATED_NAMED);
        assertThat(html).isRegularFile();
    }

    @Test
    void applyReadsTheTemplateUnderTheSamePolicy() throws Exception {
        Path generated = Files.writeString(dir.resolve("g.json"), GENERATED_DUPLICATE);
        List<String> warnings = new ArrayList<>();

        assertThatThrownBy(() -> DesiredState.read(generated, null, DuplicateKeys.refuseAll()))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith(generated + GENERATED_NAMED);
        assertThat(DesiredState.read(generated, null, DuplicateKeys.warnTo(warnings::add))).singleElement()
                .satisfies(query -> assertThat(query.toString()).contains("orders/errors-2"));
        assertThat(warnings).singleElement().satisfies(line -> assertThat(line).startsWith("dashboard-gen: warning: " + generated + GENERATED_NAMED));
    }
}
