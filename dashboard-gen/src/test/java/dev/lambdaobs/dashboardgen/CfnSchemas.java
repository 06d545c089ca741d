package dev.lambdaobs.dashboardgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The CloudFormation registry schemas of ../shared (plus the few this module keeps under
 * src/test/resources/schemas until ../shared has them), rewritten so an intrinsic function is
 * accepted wherever a plain value is (as CloudFormation does), and read-only properties are rejected.
 */
final class CfnSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INTRINSIC = "__intrinsic";
    private final Map<String, JsonSchema> byType = new HashMap<>();
    private final Map<String, List<String>> readOnly = new HashMap<>();

    CfnSchemas(Path... dirs) {
        for (Path dir : dirs) {
            load(dir);
        }
    }

    /** The shared schemas and this module's additions. */
    static CfnSchemas standard() {
        return new CfnSchemas(TestSupport.shared().resolve("schemas/cloudformation"), TestSupport.resource("schemas"));
    }

    private void load(Path dir) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                ObjectNode schema = (ObjectNode) JSON.readTree(file.toFile());
                String type = schema.get("typeName").asText();
                List<String> readOnlyNames = new ArrayList<>();
                schema.path("readOnlyProperties").forEach(p -> readOnlyNames.add(p.asText().replace("/properties/", "")));
                readOnly.put(type, readOnlyNames);
                schema.remove("$id");
                schema.remove("$schema");
                allowIntrinsics(schema);
                ObjectNode definitions = schema.has("definitions") ? (ObjectNode) schema.get("definitions") : schema.putObject("definitions");
                definitions.set(INTRINSIC, intrinsic());
                byType.put(type, factory.getSchema(schema));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems of a resource's Properties; empty when valid. */
    List<String> problems(String type, JsonNode properties) {
        JsonSchema schema = byType.get(type);
        if (schema == null) {
            return List.of("no schema for " + type);
        }
        List<String> problems = new ArrayList<>();
        Set<ValidationMessage> messages = schema.validate(properties);
        messages.forEach(m -> problems.add(m.getMessage()));
        readOnly.get(type).stream().filter(properties::has).forEach(p -> problems.add("sets read-only property " + p));
        return problems;
    }

    boolean knows(String type) {
        return byType.containsKey(type);
    }

    private static void allowIntrinsics(ObjectNode schema) {
        for (String key : List.of("properties", "patternProperties", "definitions")) {
            if (schema.get(key) instanceof ObjectNode children) {
                Iterator<String> names = children.fieldNames();
                List<String> list = new ArrayList<>();
                names.forEachRemaining(list::add);
                for (String name : list) {
                    children.set(name, orIntrinsic(children.get(name)));
                }
            }
        }
        if (schema.get("items") instanceof ObjectNode items) {
            schema.set("items", orIntrinsic(items));
        }
        if (schema.get("additionalProperties") instanceof ObjectNode additional) {
            schema.set("additionalProperties", orIntrinsic(additional));
        }
        for (String key : List.of("oneOf", "anyOf", "allOf")) {
            schema.path(key).forEach(sub -> {
                if (sub instanceof ObjectNode object) {
                    allowIntrinsics(object);
                }
            });
        }
    }

    private static JsonNode orIntrinsic(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return schema;
        }
        allowIntrinsics(object);
        ObjectNode anyOf = JsonNodeFactory.instance.objectNode();
        anyOf.putArray("anyOf").add(object).addObject().put("$ref", "#/definitions/" + INTRINSIC);
        return anyOf;
    }

    private static ObjectNode intrinsic() {
        ObjectNode intrinsic = JsonNodeFactory.instance.objectNode().put("type", "object").put("minProperties", 1).put("maxProperties", 1);
        intrinsic.putObject("patternProperties").putObject("^(Ref|Condition|Fn::[A-Za-z]+)$");
        intrinsic.put("additionalProperties", false);
        return intrinsic;
    }
}
