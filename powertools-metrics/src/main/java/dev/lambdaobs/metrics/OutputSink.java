package dev.lambdaobs.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.concurrent.CompletableFuture;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.sinks.ISink;

/** The EMF library's sink: serializes with the library (which splits at its limits) and writes each document. */
final class OutputSink implements ISink {
    private final EmfOutput output;

    OutputSink(EmfOutput output) {
        this.output = output;
    }

    @Override
    public void accept(MetricsContext context) {
        try {
            for (String document : context.serialize()) {
                output.write(document);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("EMF serialization failed: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public CompletableFuture<Void> shutdown() {
        return CompletableFuture.completedFuture(null);
    }
}
