package dev.lambdaobs.benchmarks.jmh.ours;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;

/** Drops what it is given, reading only the count, so that a benchmark measures the spans and not an encoding. */
final class DroppingExporter implements SpanExporter {
    private int spans;

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
        spans += batch.size();
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
