package dev.lambdaobs.examples.localrun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One function's JVM, started the way Lambda's java21 runtime starts it (java17's and java25's start the same way): the runtime interface
 * client's {@code AWSLambda} main class with the handler as argument, the deployment package as the
 * working directory, and only the Lambda environment. Every stdout and stderr line goes to a sink,
 * in order.
 */
final class FunctionProcess implements AutoCloseable {
    static final String RUNTIME_MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /** Lambda gives the heap about 85% of the configured memory. */
    private static final double HEAP_SHARE = 0.85;

    private final Process process;
    private final List<Thread> readers = new ArrayList<>();

    private FunctionProcess(Process process, Consumer<String> stdout, Consumer<String> stderr) {
        this.process = process;
        readers.add(pump(process.getInputStream(), stdout, "stdout"));
        readers.add(pump(process.getErrorStream(), stderr, "stderr"));
    }

    static FunctionProcess launch(LocalFunction function, LaunchSettings settings, Map<String, String> environment,
                                  Consumer<String> stdout, Consumer<String> stderr) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(function, settings))
                .directory(settings.taskRoot().toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        return new FunctionProcess(builder.start(), stdout, stderr);
    }

    static List<String> command(LocalFunction function, LaunchSettings settings) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = settings.runtimeClasspath().stream().map(Path::toString)
                .collect(Collectors.joining(System.getProperty("path.separator")));
        long heapMb = Math.round(function.memoryMb() * HEAP_SHARE);
        return List.of(java, "-XX:MaxHeapSize=" + heapMb + "m", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Djava.net.preferIPv4Stack=true", "-cp", classpath, RUNTIME_MAIN_CLASS, function.handler());
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Completes when the process exits, with its exit code. */
    java.util.concurrent.CompletableFuture<Integer> onExit() {
        return process.onExit().thenApply(Process::exitValue);
    }

    private static Thread pump(InputStream stream, Consumer<String> sink, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException closed) {
                // the process ended; everything it wrote was read
            }
        }, "function-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Stops the JVM (Lambda freezes and later shuts environments down the same way) and drains its output. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        for (Thread reader : readers) {
            reader.join(5_000);
        }
    }
}
