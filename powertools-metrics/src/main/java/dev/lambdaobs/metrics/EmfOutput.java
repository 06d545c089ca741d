package dev.lambdaobs.metrics;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.output.LineSink;
import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where finished EMF documents go, one JSON document per line. In Lambda that is standard output,
 * written directly: never {@code LambdaLogger.log}, which under the JSON log format nests the
 * document inside {@code "message"} where CloudWatch no longer sees it as EMF.
 *
 * <pre>{@code
 * EmfOutput out = EmfOutput.stdout();                 // production
 * EmfOutput out = EmfOutput.lines(documents::add);    // tests, benchmarks
 * }</pre>
 */
@FunctionalInterface
public interface EmfOutput {

    /** Writes one complete document; must write it as one line, whole, even when called concurrently. */
    void write(String document);

    /**
     * Takes one document built during the SnapStart priming invocation ({@link Invocation#isPriming()}) in
     * place of {@link #write}: it must not reach the destination. The default drops it. An output that can run
     * its write path with nothing written overrides this, so that path is compiled before the checkpoint and
     * the first document after a restore does not run it interpreted; {@link #stdout()} and
     * {@link #printStream} do (their stream's write and flush run with no bytes).
     *
     * <pre>{@code
     * EmfOutput out = new EmfOutput() {
     *     public void write(String document) { file.println(document); }
     *     public void writePriming(String document) { file.flush(); }   // its path run, nothing written
     * };
     * }</pre>
     */
    default void writePriming(String document) {
    }

    /**
     * {@code System.out} as it is at write time, through core's {@link LineSink}: each document is one
     * write of one whole line, so no other thread's line can land inside it, and it is flushed so
     * Lambda has it before the invocation can freeze.
     */
    static EmfOutput stdout() {
        return new LineSinkOutput(LineSink.stdout());
    }

    /** A fixed print stream, each document written whole in one write. */
    static EmfOutput printStream(PrintStream stream) {
        return new LineSinkOutput(
                LineSink.to(stream, report -> Diagnostics.stderr().warnOnce("metrics.output", report)));
    }

    /** Each document handed to {@code consumer}. */
    static EmfOutput lines(Consumer<String> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        return consumer::accept;
    }
}
