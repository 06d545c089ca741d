package dev.lambdaobs.dashboardgen.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.input.LocatedDocument;
import dev.lambdaobs.dashboardgen.input.SourceLocation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A node of a config (or Metadata) mapping that reads typed values and names the key and line on error. */
final class ConfigNode {
    private final LocatedDocument document;
    private final String pointer;
    private final String path;
    private final JsonNode node;

    ConfigNode(LocatedDocument document, String pointer, String path, JsonNode node) {
        this.document = document;
        this.pointer = pointer;
        this.path = path;
        this.node = node;
    }

    /** Checks this is a mapping with only {@code allowed} keys. */
    ConfigNode mapping(Set<String> allowed) {
        if (!node.isObject()) {
            throw error("expected a mapping");
        }
        Iterator<String> keys = node.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!allowed.isEmpty() && !allowed.contains(key)) {
                throw child(key).error("unknown key; expected one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        return this;
    }

    /** Every entry of a mapping whose keys are free (logical ids, profile ids). */
    Map<String, ConfigNode> entries() {
        mapping(Set.of());
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(key -> entries.put(key, child(key)));
        return entries;
    }

    Optional<ConfigNode> optional(String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(child(key));
    }

    String text() {
        if (!node.isTextual() && !node.isNumber()) {
            throw error("expected a string");
        }
        return node.asText();
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw error("expected true or false");
        }
        return node.asBoolean();
    }

    double number() {
        if (!node.isNumber()) {
            throw error("expected a number");
        }
        return node.asDouble();
    }

    int positiveInt() {
        if (!node.isIntegralNumber() || node.asInt() < 1) {
            throw error("expected a whole number of at least 1");
        }
        return node.asInt();
    }

    List<String> texts() {
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        if (!node.isArray()) {
            throw error("expected a list of strings");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            values.add(new ConfigNode(document, pointer + "/" + i, path + "[" + i + "]", node.get(i)).text());
        }
        return values;
    }

    String path() {
        return path;
    }

    SourceLocation location() {
        return document.locationOf(pointer);
    }

    BadInputException error(String problem) {
        return new BadInputException(location(), path + ": " + problem);
    }

    private ConfigNode child(String key) {
        return new ConfigNode(document, LocatedDocument.child(pointer, key), path.isEmpty() ? key : path + "." + key, node.get(key));
    }
}
