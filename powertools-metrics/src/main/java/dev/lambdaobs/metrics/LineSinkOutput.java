package dev.lambdaobs.metrics;

import dev.lambdaobs.core.output.LineSink;

/**
 * An {@link EmfOutput} over core's {@link LineSink} ({@link EmfOutput#stdout()}, {@link EmfOutput#printStream}).
 * It takes SnapStart priming's documents ({@link #writePriming}) to the sink, which leaves them out itself and
 * runs the stream's write path with no bytes, so the first real document after a restore finds that path compiled.
 */
final class LineSinkOutput implements EmfOutput {
    private final LineSink sink;

    LineSinkOutput(LineSink sink) {
        this.sink = sink;
    }

    @Override
    public void write(String document) {
        sink.writeLine(document);
    }

    /** To the sink as any document: while priming, {@link LineSink} writes none of its bytes. */
    @Override
    public void writePriming(String document) {
        sink.writeLine(document);
    }
}
