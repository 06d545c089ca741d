package dev.lambdaobs.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@link EmfDocuments} for tests in other packages. */
public final class EmfTestSupport {
    private EmfTestSupport() {
    }

    public static List<JsonNode> validated(List<String> lines) {
        return EmfDocuments.validated(lines);
    }

    public static List<JsonNode> withMetric(List<JsonNode> documents, String metric) {
        return EmfDocuments.withMetric(documents, metric);
    }

    public static List<List<String>> dimensionSets(JsonNode document) {
        return EmfDocuments.dimensionSets(document);
    }
}
