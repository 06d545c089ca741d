package dev.lambdaobs.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.model.StorageResolution;
import software.amazon.cloudwatchlogs.emf.model.Unit;

/**
 * Writes EMF with AWS's client library ({@link EmfBackend#AWS_EMBEDDED_METRICS}): its {@link MetricsContext}
 * holds the document and its serializer (Jackson databind) writes it, splitting at the library's limits.
 * Everything handed in has been validated already, so the library never rejects it. Loaded only when
 * chosen: the library is an optional dependency.
 *
 * <p>The library's {@code MetricsLogger} is not used: per flush it validates the namespace again
 * (compiling a regular expression) and asks an execution environment for default dimensions we
 * never write. A context copied from one prototype carries the namespace, checked once, and no
 * default dimensions.
 */
final class LibraryEmfSerializer implements EmfSerializer {
    private final String namespace;
    private final MetricsContext prototype;

    LibraryEmfSerializer(String namespace) {
        this.namespace = namespace;
        this.prototype = prototype(namespace);
    }

    @Override
    public List<String> serialize(EmfDocument document, String otherNamespace) {
        // Another namespace (a single metric's own) is the rare path: its context is not cached.
        return serialize(otherNamespace.equals(namespace) ? prototype : prototype(otherNamespace), document);
    }

    /**
     * Loads and initializes the library and Jackson's serializers for its documents, writing nothing,
     * once per process: on the background start-up thread ({@link MetricsStartup}) or, when that is off,
     * when the first step is built (Lambda's init phase, snapshotted under SnapStart). A caller that comes
     * while another thread prepares waits for it.
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

    private static MetricsContext prototype(String namespace) {
        MetricsContext context = new MetricsContext();
        // useDefault=false: exactly our dimension sets, never the library's environment defaults.
        context.setDimensions(false);
        try {
            context.setNamespace(namespace);
        } catch (Exception e) {
            // The step was built inactive and reported the namespace; this serializer is never used.
        }
        return context;
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
                Unit unit = Unit.valueOf(metric.unit().name());
                StorageResolution resolution = StorageResolution.valueOf(metric.resolution().name());
                for (double value : metric.values()) {
                    context.putMetric(metric.name(), value, unit, resolution);
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
