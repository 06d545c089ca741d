package dev.lambdaobs.core.output;

import dev.lambdaobs.core.invocation.Invocation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one way lambdaobs writes a line to standard output: log events, EMF documents, everything.
 * Each line reaches the stream as one {@code write} call holding the whole line and its line end, so
 * the stream's own lock is the only one taken and no other thread's line can land inside it (a
 * {@link PrintStream} holds its lock for the length of one {@code write}). Lambda then sends the line
 * to CloudWatch Logs as one event.
 *
 * <pre>{@code
 * LineSink.stdout().writeLine("{\"message\":\"hello\"}");
 * LineSink.stdout().write(utf8Line, length);      // bytes already ending with '\n'
 * }</pre>
 *
 * <p>Lines written during the SnapStart priming invocation ({@link Invocation#isPriming()}) are dropped: the
 * stream's write and flush run with no bytes instead, so that path is compiled before the checkpoint.
 *
 * <p>A broken stream (closed pipe, full disk) never reaches the caller: it is reported once on
 * standard error, and from then on every line that could not be written is counted in
 * {@link #lostLines()}.
 */
public final class LineSink {
    private static final LineSink STDOUT = new LineSink(() -> System.out, line -> System.err.println(line));
    private static final LineSink STDERR = new LineSink(() -> System.err, line -> { });

    private final Supplier<PrintStream> stream;
    private final Consumer<String> report;
    private final LongAdder lost = new LongAdder();
    private final AtomicBoolean reported = new AtomicBoolean();

    private LineSink(Supplier<PrintStream> stream, Consumer<String> report) {
        this.stream = stream;
        this.report = report;
    }

    /** {@code System.out} as it is at each write, so a runtime or test that replaces it gets every line. */
    public static LineSink stdout() {
        return STDOUT;
    }

    /** {@code System.err} as it is at each write: where lambdaobs reports its own problems. */
    public static LineSink stderr() {
        return STDERR;
    }

    /** A sink over a fixed stream, reporting a broken stream to {@code report} (tests). */
    public static LineSink to(PrintStream stream, Consumer<String> report) {
        Objects.requireNonNull(stream, "stream");
        return new LineSink(() -> stream, Objects.requireNonNull(report, "report"));
    }

    /**
     * Writes {@code line[0, length)}, which must be one whole line ending with {@code '\n'}, in one
     * call, then flushes it so Lambda has it before the invocation can freeze.
     *
     * @return false when the line was lost (and counted)
     */
    public boolean write(byte[] line, int length) {
        if (Invocation.isPriming()) {
            // SnapStart priming: the line was built like any other; it is only not written.
            primeStream(line);
            return true;
        }
        try {
            PrintStream out = stream.get();
            out.write(line, 0, length);
            // checkError flushes, then tells whether this or an earlier write failed.
            if (!out.checkError()) {
                return true;
            }
            lose("the stream reports an error (closed pipe or full disk?)");
        } catch (RuntimeException e) {
            lose(e.getClass().getName());
        }
        return false;
    }

    /**
     * Runs the stream's own write and flush with no bytes, so the first real line after a SnapStart restore
     * finds that path ({@link PrintStream}, its buffer, the flush) compiled rather than interpreted. Nothing
     * reaches the stream's destination: a write of no bytes adds none, and the flush only sends on what is
     * already buffered. The stream's state is not this sink's to judge while priming: nothing is reported.
     */
    private void primeStream(byte[] line) {
        try {
            PrintStream out = stream.get();
            out.write(line, 0, 0);
            out.checkError();
        } catch (RuntimeException e) {
            // Priming is an optimization: the first real line writes, and reports, as any line does.
        }
    }

    /** Writes {@code text} and a line end as one UTF-8 line; see {@link #write(byte[], int)}. */
    public boolean writeLine(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] line = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, line, 0, bytes.length);
        line[bytes.length] = '\n';
        return write(line, line.length);
    }

    /** Lines that could not be written since the process (or this sink) started. */
    public long lostLines() {
        return lost.sum();
    }

    private void lose(String why) {
        lost.increment();
        if (reported.compareAndSet(false, true)) {
            try {
                report.accept("[lambdaobs] ERROR standard output is broken (" + why + "): log lines and metrics"
                        + " written from now on are lost; LineSink.lostLines() counts them");
            } catch (RuntimeException | Error ignored) {
                // Nowhere left to report to.
            }
        }
    }
}
