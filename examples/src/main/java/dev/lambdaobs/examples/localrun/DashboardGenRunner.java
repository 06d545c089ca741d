package dev.lambdaobs.examples.localrun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the dashboard-gen CLI jar on a template, exactly as an ops pipeline would:
 * {@code java -jar dashboard-gen.jar generate --template FILE --out DIR}; then
 * {@code preview} of its dashboards with the local run's EMF, invocations and logs.
 */
final class DashboardGenRunner {
    /** What the CLI printed and how it exited; exit code -1 when it could not be run at all. */
    record Result(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private static final long TIMEOUT_SECONDS = 120;
    private final Path jar;

    DashboardGenRunner(Path jar) {
        this.jar = jar;
    }

    /** The preview draws every graph with this period: the local run lasts seconds, the dashboards' own is minutes. */
    static final int PREVIEW_PERIOD_SECONDS = 5;

    static List<String> command(Path jar, Path template, Path out) {
        return List.of(java(), "-jar", jar.toString(), "generate", "--template", template.toString(), "--out", out.toString());
    }

    static List<String> previewCommand(Path jar, Path dashboards, Path logs, Path invocations, Path html) {
        return List.of(java(), "-jar", jar.toString(), "preview", "--dashboards", dashboards.toString(), "--emf", logs.toString(),
                "--invocations", invocations.toString(), "--logs", logs.toString(), "--region", ExampleFunctions.REGION,
                "--period", String.valueOf(PREVIEW_PERIOD_SECONDS), "--html", html.toString());
    }

    Result generate(Path template, Path out) throws IOException, InterruptedException {
        return run(command(jar, template, out));
    }

    /** Writes {@code html}: the dashboards of {@code observability/<service>/dashboards} with the run's data. */
    Result preview(Path dashboards, Path logs, Path invocations, Path html) throws IOException, InterruptedException {
        return run(previewCommand(jar, dashboards, logs, invocations, html));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            return new Result(-1, "dashboard-gen jar not found at " + jar
                    + "; build it with: ./mvnw -q -pl dashboard-gen -am package -DskipTests");
        }
        // Output to a file, not a pipe: reading a pipe to its end would wait past the timeout.
        Path output = Files.createTempFile("dashboard-gen", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "dashboard-gen did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
