package dev.lambdaobs.metrics;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.output.CloudWatchLogsLimits;
import dev.lambdaobs.core.output.JsonLineLimit;
import dev.lambdaobs.core.text.SafeText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps every EMF document within one CloudWatch Logs event ({@link CloudWatchLogsLimits#MAX_LINE_BYTES}).
 * A document over it has its largest metadata values truncated (the first {@value #PREVIEW_CHARS}
 * characters and {@value JsonLineLimit#MARKER}), then its metrics split over several documents; a single
 * metric that still does not fit is dropped. Each is said once; the metrics' values are never changed.
 */
final class DocumentFit {
    /** What is kept of a truncated metadata value. */
    static final int PREVIEW_CHARS = 1_024;

    private final Function<EmfDocument, List<String>> serializer;
    private final Diagnostics diagnostics;
    private final int maxBytes;

    DocumentFit(Function<EmfDocument, List<String>> serializer, Diagnostics diagnostics, int maxBytes) {
        this.serializer = serializer;
        this.diagnostics = diagnostics;
        this.maxBytes = maxBytes;
    }

    /** The lines to write for {@code document}, each within the limit. */
    List<String> lines(EmfDocument document) {
        List<String> lines = serializer.apply(document);
        if (fits(lines)) {
            return lines;
        }
        EmfDocument truncated = document;
        while (!fits(lines)) {
            EmfDocument smaller = truncateLargestMetadata(truncated);
            if (smaller == null) {
                break;
            }
            diagnostics.warnOnce("metrics.metadata-truncated", "metrics: an EMF document was over " + maxBytes
                    + " bytes (CloudWatch Logs' event size): its largest metadata values were truncated to "
                    + PREVIEW_CHARS + " characters ending with " + JsonLineLimit.MARKER);
            truncated = smaller;
            lines = serializer.apply(truncated);
        }
        return fits(lines) ? lines : split(truncated);
    }

    private List<String> split(EmfDocument document) {
        List<RecordedMetric> metrics = document.metrics();
        if (metrics.size() < 2) {
            diagnostics.warnOnce("metrics.document-dropped", "metrics: an EMF document with the single metric '"
                    + (metrics.isEmpty() ? "" : metrics.get(0).name()) + "' is over " + maxBytes
                    + " bytes even without its metadata (too many dimension sets?); dropped it");
            return List.of();
        }
        diagnostics.warnOnce("metrics.document-split", "metrics: an EMF document was over " + maxBytes
                + " bytes: its metrics were split over several documents");
        int half = metrics.size() / 2;
        List<String> lines = new ArrayList<>(lines(with(document, metrics.subList(0, half))));
        lines.addAll(lines(with(document, metrics.subList(half, metrics.size()))));
        return lines;
    }

    private boolean fits(List<String> lines) {
        for (String line : lines) {
            if (line.length() > maxBytes / 3 && line.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
                return false;
            }
        }
        return true;
    }

    /** The document with its largest not yet truncated metadata value truncated; null when none is left. */
    private static EmfDocument truncateLargestMetadata(EmfDocument document) {
        String largest = null;
        int largestSize = PREVIEW_CHARS + JsonLineLimit.MARKER.length();
        for (Map.Entry<String, Object> property : document.properties().entrySet()) {
            int size = SafeText.of(property.getValue()).length();
            if (!StandardProperties.RESERVED.contains(property.getKey()) && size > largestSize) {
                largest = property.getKey();
                largestSize = size;
            }
        }
        if (largest == null) {
            return null;
        }
        Map<String, Object> properties = new LinkedHashMap<>(document.properties());
        properties.put(largest, SafeText.of(properties.get(largest)).substring(0, PREVIEW_CHARS) + JsonLineLimit.MARKER);
        return new EmfDocument(document.metrics(), document.dimensionSets(), properties, document.timestamp());
    }

    private static EmfDocument with(EmfDocument document, List<RecordedMetric> metrics) {
        return new EmfDocument(List.copyOf(metrics), document.dimensionSets(), document.properties(), document.timestamp());
    }
}
