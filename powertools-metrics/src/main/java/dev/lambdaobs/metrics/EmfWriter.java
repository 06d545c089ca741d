package dev.lambdaobs.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.output.CloudWatchLogsLimits;
import java.util.List;
import java.util.Map;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.model.Unit;

/**
 * Turns an {@link EmfDocument} into EMF with the real client library: its {@link MetricsContext}
 * holds the document and its serializer writes it (splitting at the library's limits). Everything
 * handed in has been validated already, so the library never rejects it.
 *
 * <p>The library's {@code MetricsLogger} is not used: per flush it validates the namespace again
 * (compiling a regular expression) and asks an execution environment for default dimensions we
 * never write. A context copied from one prototype carries the namespace, checked once, and no
 * default dimensions.
 */
final class EmfWriter {
    private final String namespace;
    private final EmfOutput output;
    private final Diagnostics diagnostics;
    private final DocumentFit fit;

    EmfWriter(String namespace, EmfOutput output, Diagnostics diagnostics) {
        MetricsContext prototype = prototype(namespace);
        this.namespace = namespace;
        this.output = output;
        this.diagnostics = diagnostics;
        this.fit = fit(prototype);
        prepare();
    }

    private DocumentFit fit(MetricsContext prototype) {
        return new DocumentFit(document -> serialize(prototype, document), diagnostics, CloudWatchLogsLimits.MAX_LINE_BYTES);
    }

    private static MetricsContext prototype(String namespace) {
        MetricsContext context = new MetricsContext();
        // useDefault=false: exactly our dimension sets, never the library's environment defaults.
        context.setDimensions(false);
        try {
            context.setNamespace(namespace);
        } catch (Exception e) {
            // The step was built inactive and reported the namespace; this writer is never used.
        }
        return context;
    }

    /**
     * Loads and initializes the library and Jackson's serializers for its documents, writing nothing,
     * once per process: on the background start-up thread ({@link MetricsStartup}) or, when that is off,
     * when the first step is built (Lambda's init phase, snapshotted under SnapStart), instead of inside
     * the first invocation. A caller that comes while another thread prepares waits for it.
     */
    static void prepare() {
        Prepared.ensure();
    }

    /** The holder idiom: the JVM runs the warm-up once, in this class's initialization. */
    private static final class Prepared {
        static {
            try {
                MetricsContext context = new MetricsContext();
                context.setDimensions(false, toSet(Dimensions.of("WarmUp", "x")));
                context.putMetric("WarmUp", 0, Unit.COUNT);
                context.serialize();
            } catch (Exception e) {
                // Only a warm-up: a real failure shows, and is reported, on the first flush.
            }
        }

        private Prepared() {
        }

        static void ensure() {
            // Initializing the class is the work.
        }
    }

    /**
     * Writes the document's lines, each within CloudWatch Logs' event size ({@link DocumentFit}). During
     * SnapStart priming the lines are built and not written, whatever the output.
     */
    void write(EmfDocument document) {
        write(fit, document);
    }

    /**
     * Writes the document under {@code otherNamespace} (valid; a single metric's own namespace) with a
     * context made for this one document: the rare path, so nothing is cached.
     */
    void write(EmfDocument document, String otherNamespace) {
        write(otherNamespace.equals(namespace) ? fit : fit(prototype(otherNamespace)), document);
    }

    private void write(DocumentFit documentFit, EmfDocument document) {
        boolean priming = Invocation.isPriming();
        for (String line : documentFit.lines(document)) {
            if (!priming) {
                output.write(line);
            }
        }
    }

    private static List<String> serialize(MetricsContext prototype, EmfDocument document) {
        MetricsContext context = prototype.createCopyWithContext(false);
        List<Dimensions> sets = document.dimensionSets();
        DimensionSet[] dimensionSets = new DimensionSet[sets.size()];
        for (int i = 0; i < dimensionSets.length; i++) {
            dimensionSets[i] = toSet(sets.get(i));
        }
        context.setDimensions(false, dimensionSets);
        try {
            for (RecordedMetric metric : document.metrics()) {
                for (double value : metric.values()) {
                    context.putMetric(metric.name(), value, metric.unit().emf(), metric.resolution().emf());
                }
            }
            for (Map.Entry<String, Object> property : document.properties().entrySet()) {
                context.putProperty(property.getKey(), property.getValue());
            }
            context.setTimestamp(document.timestamp());
            return context.serialize();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("EMF serialization failed: " + e.getOriginalMessage(), e);
        }
    }

    private static DimensionSet toSet(Dimensions dimensions) {
        DimensionSet set = new DimensionSet();
        for (Map.Entry<String, String> entry : dimensions.asMap().entrySet()) {
            set.addDimension(entry.getKey(), entry.getValue());
        }
        return set;
    }
}
