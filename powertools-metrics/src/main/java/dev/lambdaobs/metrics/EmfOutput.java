package dev.lambdaobs.metrics;

import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

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

    /** {@code System.out} as it is at write time, so a replaced {@code System.out} is honoured. */
    static EmfOutput stdout() {
        return printStream(() -> System.out);
    }

    /** A fixed print stream. */
    static EmfOutput printStream(PrintStream stream) {
        Objects.requireNonNull(stream, "stream");
        return printStream(() -> stream);
    }

    /** Each document handed to {@code consumer}. */
    static EmfOutput lines(Consumer<String> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        return consumer::accept;
    }

    private static EmfOutput printStream(Supplier<PrintStream> stream) {
        return document -> {
            PrintStream out = stream.get();
            // println holds the stream's lock for the text and its line end, so concurrent invocations
            // never interleave; flushing hands the line to Lambda before the invocation can freeze.
            out.println(document);
            out.flush();
        };
    }
}
