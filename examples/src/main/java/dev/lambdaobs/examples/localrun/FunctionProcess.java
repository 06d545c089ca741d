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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One function's JVM, started the way Lambda's java21 runtime starts it (java17's and java25's start the same way): the runtime interface
 * client's {@code AWSLambda} main class with the handler as argument, the deployment package as the
 * working directory, and only the Lambda environment. Every stdout and stderr line goes to a sink,
 * in order, all of them: {@link #close()} returns once both streams were read to their end.
 */
final class FunctionProcess implements AutoCloseable {
    static final String RUNTIME_MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /** Lambda gives the heap about 85% of the configured memory. */
    private static final double HEAP_SHARE = 0.85;

    /** How long the JVM gets to exit after SIGTERM before it is killed. */
    static final long EXIT_GRACE_SECONDS = 5;
    /** How long reading the rest of its output may take once the JVM has exited: generous, the machine may be loaded. */
    static final long DRAIN_SECONDS = 120;

    private final Process process;
    private final List<Thread> readers = new ArrayList<>();
    private final AtomicReference<IOException> failure = new AtomicReference<>();

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
        return start(builder, stdout, stderr);
    }

    /** Starts {@code builder}'s process, its stdout and stderr lines going to the sinks. */
    static FunctionProcess start(ProcessBuilder builder, Consumer<String> stdout, Consumer<String> stderr) throws IOException {
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

    /**
     * Reads {@code stream} line by line into {@code sink} until its end. A failure (of the stream or
     * of the sink) is kept for {@link #close()}: it is never taken for the end of the output.
     */
    private Thread pump(InputStream stream, Consumer<String> sink, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException | RuntimeException e) {
                failure.compareAndSet(null, new IOException("reading the function's " + name + " failed: " + e, e));
            }
        }, "function-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Stops the JVM (SIGTERM, as Lambda shuts environments down; SIGKILL if it is still there after
     * {@value #EXIT_GRACE_SECONDS} s), then reads its stdout and stderr to their end, so every line it
     * wrote reaches the sinks however far behind the readers are.
     *
     * @throws IOException when the output could not be read to its end
     */
    @Override
    public void close() throws InterruptedException, IOException {
        // Through the handle, not Process.destroy(): destroy() also closes our ends of the pipes, and
        // whatever the readers had not reached yet (on a loaded machine, the last invocation's EMF
        // documents) was silently gone.
        ProcessHandle handle = process.toHandle();
        handle.destroy();
        if (!process.waitFor(EXIT_GRACE_SECONDS, TimeUnit.SECONDS)) {
            handle.destroyForcibly();
            process.waitFor();
        }
        process.getOutputStream().close();
        for (Thread reader : readers) {
            // The process is gone, so its pipes end once read: this waits for slow readers, not for the function.
            reader.join(TimeUnit.SECONDS.toMillis(DRAIN_SECONDS));
            if (reader.isAlive()) {
                failure.compareAndSet(null, new IOException(reader.getName() + " was not read to its end within "
                        + DRAIN_SECONDS + " s of the function's exit"));
            }
        }
        IOException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }
}
