package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import dev.lambdaobs.dashboardgen.input.SourceLocation;

/**
 * One entry of a template's {@code Resources} section.
 *
 * <pre>{@code
 * resource.property("Timeout").asInt(3);
 * }</pre>
 *
 * @param logicalId  its key in {@code Resources}
 * @param type       its {@code Type}, e.g. {@code AWS::Serverless::Function}
 * @param properties its {@code Properties} (empty when absent)
 * @param metadata   its {@code Metadata} (empty when absent)
 * @param condition  the name of its {@code Condition}, when it has one
 * @param location   where it is defined
 */
public record TemplateResource(String logicalId, String type, ObjectNode properties, ObjectNode metadata,
        Optional<String> condition, SourceLocation location) {

    /** The property, or a missing node; never null. */
    public JsonNode property(String name) {
        JsonNode value = properties.get(name);
        return value == null ? MissingNode.getInstance() : value;
    }

    /** Where messages about this resource point: {@code file:line (resource Id)}. */
    public String describe() {
        return location + " (resource " + logicalId + ")";
    }
}
