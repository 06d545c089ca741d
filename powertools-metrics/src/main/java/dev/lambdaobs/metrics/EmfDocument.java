package dev.lambdaobs.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one flush writes under one set of dimension sets; the serializer may split it into
 * several documents at the EMF limits ({@link EmfSerializer}).
 *
 * @param metrics       the metrics, each with all of its values
 * @param dimensionSets the complete dimension sets (default dimensions already included)
 * @param properties    top-level members that are neither metrics nor dimensions
 * @param timestamp     the time the metrics are for
 */
record EmfDocument(List<RecordedMetric> metrics, List<Dimensions> dimensionSets,
                   Map<String, Object> properties, Instant timestamp) {
}
