package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a probe's {@code main} in a fresh JVM with {@code -verbose:class} on the test class path and returns its
 * output lines (the probe's own lines among the JVM's class-load lines), after checking that it exited with 0.
 * Shared by the start-up tests of both logging backends (this class ships in the behaviour suite's test-jar).
 *
 * <p>Example: {@code List<String> lines = VerboseClassJvm.run(List.of(), ProbeMain.class, "primed");}
 */
public final class VerboseClassJvm {
    private VerboseClassJvm() {
    }

    /** {@code jvmOptions} go before the class path, {@code args} after the probe's class name. */
    public static List<String> run(List<String> jvmOptions, Class<?> probe, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                probe.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }
}
