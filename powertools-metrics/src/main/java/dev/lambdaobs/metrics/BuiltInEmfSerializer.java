package dev.lambdaobs.metrics;

import dev.lambdaobs.core.text.JsonStrings;
import dev.lambdaobs.core.text.PlainJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes EMF documents with a {@link StringBuilder}: the members the EMF client library writes, with the
 * same values, without loading Jackson (a third of a metrics function's cold start went to building the
 * library's {@code ObjectMapper}). {@code _aws} comes first in the library's order; the other top-level
 * members follow in this order: properties, dimension values, metric values. Where keys collide the
 * library's precedence holds (a metric over a dimension over a property; a later dimension set's value
 * over an earlier one's), so both write one member per key with the same value.
 */
final class BuiltInEmfSerializer implements EmfSerializer {

    @Override
    public List<String> serialize(EmfDocument document, String namespace) {
        List<List<RecordedMetric>> groups = EmfChunks.of(document.metrics());
        if (groups.size() == 1) {
            return List.of(write(document, namespace, groups.get(0)));
        }
        List<String> lines = new ArrayList<>(groups.size());
        for (List<RecordedMetric> group : groups) {
            lines.add(write(document, namespace, group));
        }
        return lines;
    }

    /** Builds and writes a small document once, so its classes are loaded before the first invocation. */
    static void prepare() {
        Prepared.ensure();
    }

    /** The holder idiom: the JVM runs the warm-up once, in this class's initialization. */
    private static final class Prepared {
        static {
            try {
                EmfDocument warmUp = new EmfDocument(List.of(RecordedMetric.of("WarmUp", 0.5, MetricUnit.COUNT,
                        Resolution.HIGH)), List.of(Dimensions.of("WarmUp", "x")), Map.of("WarmUp", List.of(1)),
                        Instant.EPOCH);
                new BuiltInEmfSerializer().serialize(warmUp, "WarmUp");
            } catch (RuntimeException e) {
                // Only a warm-up: a real failure shows, and is reported, on the first flush.
            }
        }

        private Prepared() {
        }

        static void ensure() {
            // Initializing the class is the work.
        }
    }

    private static String write(EmfDocument document, String namespace, List<RecordedMetric> metrics) {
        StringBuilder out = new StringBuilder(256 + 96 * metrics.size());
        out.append("{\"_aws\":{\"Timestamp\":").append(document.timestamp().toEpochMilli())
                .append(",\"CloudWatchMetrics\":[{\"Namespace\":");
        JsonStrings.append(out, namespace).append(",\"Metrics\":[");
        for (int i = 0; i < metrics.size(); i++) {
            RecordedMetric metric = metrics.get(i);
            out.append(i == 0 ? "{\"Name\":" : ",{\"Name\":");
            JsonStrings.append(out, metric.name()).append(",\"Unit\":");
            JsonStrings.append(out, metric.unit().wireName());
            if (metric.resolution() == Resolution.HIGH) {
                out.append(",\"StorageResolution\":").append(Resolution.HIGH.seconds());
            }
            out.append('}');
        }
        out.append("],\"Dimensions\":[");
        List<Dimensions> sets = document.dimensionSets();
        for (int i = 0; i < sets.size(); i++) {
            out.append(i == 0 ? "[" : ",[");
            boolean first = true;
            for (String key : sets.get(i).asMap().keySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                JsonStrings.append(out, key);
            }
            out.append(']');
        }
        out.append("]}]}");
        for (Map.Entry<String, Object> member : targetMembers(document, metrics).entrySet()) {
            out.append(',');
            JsonStrings.append(out, member.getKey()).append(':');
            PlainJson.append(out, member.getValue());
        }
        return out.append('}').toString();
    }

    /** Every top-level member but {@code _aws}, one per key, in the library's precedence. */
    private static Map<String, Object> targetMembers(EmfDocument document, List<RecordedMetric> metrics) {
        Map<String, Object> members = new LinkedHashMap<>(document.properties());
        for (Dimensions set : document.dimensionSets()) {
            members.putAll(set.asMap());
        }
        for (RecordedMetric metric : metrics) {
            List<Double> values = metric.values();
            for (double value : values) {
                if (!Double.isFinite(value)) {
                    // Rejected when recorded (MetricRules); never written as a broken document.
                    throw new IllegalArgumentException("metric '" + metric.name() + "' has the value " + value);
                }
            }
            members.put(metric.name(), values.size() == 1 ? values.get(0) : values);
        }
        return members;
    }
}
