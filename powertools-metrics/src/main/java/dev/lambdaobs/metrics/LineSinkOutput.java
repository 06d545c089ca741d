package dev.lambdaobs.metrics;

import dev.lambdaobs.core.output.LineSink;

/**
 * An {@link EmfOutput} over core's {@link LineSink} ({@link EmfOutput#stdout()}, {@link EmfOutput#printStream}).
 * Such an output leaves SnapStart priming's lines out itself, running the stream's write path with no bytes, so
 * {@link EmfWriter} hands it priming's documents too and the first real document after a restore finds that path
 * compiled; any other output never sees a priming document.
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
}
