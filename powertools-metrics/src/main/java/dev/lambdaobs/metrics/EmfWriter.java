package dev.lambdaobs.metrics;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.output.CloudWatchLogsLimits;

/**
 * Writes {@link EmfDocument}s to the step's {@link EmfOutput}: serialized by the configured backend
 * ({@link EmfSerializer}), each line kept within CloudWatch Logs' event size ({@link DocumentFit}).
 * Everything handed in has been validated already.
 */
final class EmfWriter {
    private final String namespace;
    private final EmfOutput output;
    private final Diagnostics diagnostics;
    private final EmfSerializer serializer;
    private final DocumentFit fit;

    EmfWriter(EmfBackend backend, String namespace, EmfOutput output, Diagnostics diagnostics) {
        this.namespace = namespace;
        this.output = output;
        this.diagnostics = diagnostics;
        this.serializer = EmfSerializer.of(backend, namespace, diagnostics);
        this.fit = fit(namespace);
    }

    private DocumentFit fit(String documentNamespace) {
        return new DocumentFit(document -> serializer.serialize(document, documentNamespace), diagnostics,
                CloudWatchLogsLimits.MAX_LINE_BYTES);
    }

    /**
     * Writes the document's lines, each within CloudWatch Logs' event size ({@link DocumentFit}). During
     * SnapStart priming the lines are built and handed to {@link EmfOutput#writePriming}, which writes none.
     */
    void write(EmfDocument document) {
        write(fit, document);
    }

    /** Writes the document under {@code otherNamespace} (valid; a single metric's own namespace). */
    void write(EmfDocument document, String otherNamespace) {
        write(otherNamespace.equals(namespace) ? fit : fit(otherNamespace), document);
    }

    private void write(DocumentFit documentFit, EmfDocument document) {
        // Priming's lines are built like any other, then left to the output to drop (EmfOutput.writePriming).
        boolean priming = Invocation.isPriming();
        for (String line : documentFit.lines(document)) {
            if (priming) {
                output.writePriming(line);
            } else {
                output.write(line);
            }
        }
    }
}
