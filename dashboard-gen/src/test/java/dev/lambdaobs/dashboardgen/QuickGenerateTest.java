package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} command lines read without picocli (QuickGenerate, issue 19) end exactly as picocli ends them:
 * the same exit code, standard output, standard error and files; forms it does not take still get picocli's answer.
 */
class QuickGenerateTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private record Run(int code, String out, String err, Map<String, String> files) {
    }

    /** Runs the command line with {@code OUT} as an output folder, through Main.run and then through picocli alone. */
    private void assertSameAsPicocli(String... args) {
        assertThat(run(true, args)).as("main vs picocli for %s", List.of(args)).isEqualTo(run(false, args));
    }

    private Run run(boolean main, String... args) {
        Path out = dir.resolve(main ? "main" : "picocli");
        List<String> line = new ArrayList<>();
        for (String arg : args) {
            line.add(arg.replace("OUT", out.toString()));
        }
        console.reset();
        int code = main ? Main.run(line.toArray(String[]::new)) : Main.picocli(line.toArray(String[]::new));
        return new Run(code, console.out().replace(out.toString(), "OUT"), console.err().replace(out.toString(), "OUT"), files(out));
    }

    private static Map<String, String> files(Path root) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    @Test
    void generateWithEachOptionEndsAsWithPicocli() {
        String lambda = TestSupport.resource("golden/lambda.yaml").toString();
        String sqs = TestSupport.resource("golden/sqs.yaml").toString();
        String signals = TestSupport.resource("signals/signals.yaml").toString();
        String config = TestSupport.resource("signals/signals-config.yaml").toString();
        assertSameAsPicocli("generate", "--template", lambda, "--out", "OUT");
        assertSameAsPicocli("generate", "--out", "OUT", "--template", lambda, "--template", sqs, "--one-service", "--service", "orders",
                "--mode", "STANDALONE", "--alarm-style", "insights", "--fix-tracing", "--strict", "--debug");
        assertSameAsPicocli("generate", "--template", signals, "--config", config, "--out", "OUT");
        assertThat(run(true, "generate", "--template", lambda, "--out", "OUT").files()).isNotEmpty();
    }

    @Test
    void failuresEndAsWithPicocli() {
        String lambda = TestSupport.resource("golden/lambda.yaml").toString();
        assertSameAsPicocli("generate", "--template", dir.resolve("missing.yaml").toString(), "--out", "OUT");
        assertSameAsPicocli("generate", "--template", lambda, "--template", TestSupport.resource("golden/sqs.yaml").toString(), "--out", "OUT");
        assertSameAsPicocli("generate", "--template", lambda, "--out", "OUT", "--mode", "bogus");
        assertSameAsPicocli("generate", "--template", lambda, "--out", "OUT", "--alarm-style", "bogus");
        assertSameAsPicocli("generate", "--template", lambda, "--out", "OUT", "--config", dir.resolve("none.yaml").toString());
        assertThat(run(true, "generate", "--template", dir.resolve("missing.yaml").toString(), "--out", "OUT").code()).isEqualTo(2);
    }

    @Test
    void formsItDoesNotTakeGetPicocliAnswer() {
        String lambda = TestSupport.resource("golden/lambda.yaml").toString();
        for (String[] args : List.of(new String[] {"generate", "--help"}, new String[] {"generate", "--version"}, new String[] {"generate"},
                new String[] {"generate", "--template", lambda}, new String[] {"generate", "--out", "OUT"},
                new String[] {"generate", "--template=" + lambda, "--out", "OUT"},
                new String[] {"generate", "--template", lambda, "--out", "OUT", "--out", "OUT"},
                new String[] {"generate", "--template", lambda, "--out", "OUT", "--strict", "--strict"},
                new String[] {"generate", "--template", lambda, "--out", "OUT", "extra"},
                new String[] {"generate", "--template", lambda, "--out", "OUT", "--service", "-x"},
                new String[] {"generate", "--template", "@" + lambda, "--out", "OUT"},
                new String[] {"generate", "--template", lambda, "--out", "OUT", "--Strict"},
                new String[] {"--debug", "generate", "--template", lambda, "--out", "OUT"})) {
            assertSameAsPicocli(args);
        }
        assertThat(run(true, "generate", "--help").out()).contains("Usage: dashboard-gen generate", "Exit codes:");
        assertThat(run(true, "generate", "--template", lambda).code()).isEqualTo(2);
    }
}
