package dev.lambdaobs.dashboardgen.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One dashboard widget (its JSON without position) and how many metrics it counts against the
 * dashboard's limits.
 *
 * @param json    type, width, height and properties
 * @param metrics the entries of its {@code metrics} array
 * @param resourceKey the monitored resource it shows, or null for service-wide widgets
 */
public record Widget(ObjectNode json, int metrics, String resourceKey) {
    public int width() {
        return json.path("width").asInt();
    }

    public int height() {
        return json.path("height").asInt();
    }

    public String title() {
        return json.path("properties").path("title").asText(json.path("properties").path("markdown").asText("").lines().findFirst().orElse(""));
    }
}
