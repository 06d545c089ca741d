package dev.lambdaobs.metrics;

import java.util.Map;
import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.model.Unit;

/**
 * Turns an {@link EmfDocument} into EMF with the real client library. Everything handed in has
 * been validated already, so the library never rejects it.
 */
final class EmfWriter {
    private final String namespace;
    private final QuietEnvironment environment;

    EmfWriter(String namespace, EmfOutput output) {
        this.namespace = namespace;
        this.environment = new QuietEnvironment(new OutputSink(output));
        warmUp(environment);
    }

    /**
     * Loads and initializes the library and Jackson once, while the step is built (Lambda's init
     * phase, snapshotted under SnapStart), instead of inside the first invocation's duration.
     */
    private static void warmUp(QuietEnvironment environment) {
        try {
            new MetricsLogger(environment).setDimensions(false, toSet(Dimensions.of("WarmUp", "x")));
            MetricsContext context = new MetricsContext();
            context.putMetric("WarmUp", 0, Unit.COUNT);
            context.serialize();
        } catch (Exception e) {
            // Only a warm-up: a real failure shows, and is reported, on the first flush.
        }
    }

    void write(EmfDocument document) {
        MetricsLogger logger = new MetricsLogger(environment);
        logger.setNamespace(namespace);
        // useDefault=false: exactly our dimension sets, never the library's environment defaults.
        logger.setDimensions(false, document.dimensionSets().stream().map(EmfWriter::toSet).toArray(DimensionSet[]::new));
        for (RecordedMetric metric : document.metrics()) {
            for (double value : metric.values()) {
                logger.putMetric(metric.name(), value, metric.unit().emf(), metric.resolution().emf());
            }
        }
        document.properties().forEach(logger::putProperty);
        logger.setTimestamp(document.timestamp());
        logger.flush();
    }

    private static DimensionSet toSet(Dimensions dimensions) {
        DimensionSet set = new DimensionSet();
        for (Map.Entry<String, String> entry : dimensions.asMap().entrySet()) {
            set.addDimension(entry.getKey(), entry.getValue());
        }
        return set;
    }
}
