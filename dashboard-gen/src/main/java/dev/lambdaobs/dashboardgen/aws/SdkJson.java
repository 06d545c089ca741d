package dev.lambdaobs.dashboardgen.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts between SDK v2 model objects and JSON trees keyed by CloudFormation property names, from
 * the SDK's own field metadata, with no per-resource mapping code. CloudFormation's property names
 * are the API's member names with a capital first letter ({@code AlarmName}, {@code queryString} →
 * {@code QueryString}), which is what makes one converter serve alarms, dashboards and queries.
 *
 * <pre>{@code
 * PutMetricAlarmRequest request = SdkJson.build(PutMetricAlarmRequest.builder(), properties);
 * ObjectNode existing = SdkJson.toJson(describedAlarm);
 * }</pre>
 */
public final class SdkJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SdkJson() {
    }

    /** Sets every field of {@code builder} that {@code properties} has, and builds. */
    @SuppressWarnings("unchecked")
    public static <T> T build(SdkBuilder<?, T> builder, JsonNode properties) {
        fill((SdkPojo) builder, properties);
        return builder.build();
    }

    /** The object's fields, non-null ones only, keyed by CloudFormation property name. */
    public static ObjectNode toJson(SdkPojo pojo) {
        ObjectNode out = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            JsonNode value = valueToJson(field, field.getValueOrDefault(pojo));
            if (value != null) {
                out.set(propertyName(field), value);
            }
        }
        return out;
    }

    /** The object's fields that {@code settable} (a request builder) also has: what a put could change. */
    public static ObjectNode toJson(SdkPojo pojo, SdkPojo settable) {
        ObjectNode all = toJson(pojo);
        all.retain(settable.sdkFields().stream().map(SdkJson::propertyName).toList());
        return all;
    }

    static String propertyName(SdkField<?> field) {
        String member = field.memberName();
        return Character.toUpperCase(member.charAt(0)) + member.substring(1);
    }

    private static void fill(SdkPojo builder, JsonNode properties) {
        for (SdkField<?> field : builder.sdkFields()) {
            JsonNode value = properties.get(propertyName(field));
            if (value != null && !value.isNull()) {
                field.set(builder, jsonToValue(field, value));
            }
        }
    }

    private static Object jsonToValue(SdkField<?> field, JsonNode value) {
        MarshallingKnownType type = field.marshallingType().getKnownType();
        return switch (type) {
            case STRING -> value.isTextual() ? value.asText() : value.toString();
            case INTEGER -> value.asInt();
            case LONG -> value.asLong();
            case DOUBLE -> value.asDouble();
            case FLOAT -> (float) value.asDouble();
            case BOOLEAN -> value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(value.asText());
            case INSTANT -> Instant.parse(value.asText());
            case LIST -> {
                SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
                List<Object> items = new ArrayList<>();
                value.forEach(item -> items.add(jsonToValue(member, item)));
                yield items;
            }
            case SDK_POJO -> {
                SdkPojo nested = field.constructor().get();
                fill(nested, value);
                yield ((SdkBuilder<?, ?>) nested).build();
            }
            default -> throw new IllegalArgumentException("unsupported field type " + type + " of " + field.memberName());
        };
    }

    private static JsonNode valueToJson(SdkField<?> field, Object value) {
        if (value == null) {
            return null;
        }
        MarshallingKnownType type = field.marshallingType().getKnownType();
        return switch (type) {
            case STRING -> NODES.textNode(value.toString());
            case INTEGER, LONG, SHORT, BYTE -> NODES.numberNode(((Number) value).longValue());
            case DOUBLE, FLOAT, BIG_DECIMAL -> NODES.numberNode(((Number) value).doubleValue());
            case BOOLEAN -> NODES.booleanNode((Boolean) value);
            case INSTANT -> NODES.textNode(value.toString());
            case LIST -> {
                SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
                ArrayNode items = NODES.arrayNode();
                for (Object item : (List<?>) value) {
                    items.add(valueToJson(member, item));
                }
                yield items;
            }
            case SDK_POJO -> toJson((SdkPojo) value);
            default -> null;
        };
    }
}
