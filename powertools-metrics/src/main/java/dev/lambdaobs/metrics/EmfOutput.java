package dev.lambdaobs.metrics;

import dev.lambdaobs.core.diagnostics.Diagnostics;
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
