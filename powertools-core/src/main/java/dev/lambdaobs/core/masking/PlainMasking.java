package dev.lambdaobs.core.masking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Masking} without Jackson: masks a handler's response (a POJO, record, map, JSON text...) into
 * plain values (maps, lists, strings, numbers, booleans, null) that any JSON writer can write. The same
 * decisions as {@link Masking} ({@code MaskRules}), so a response is masked alike in the logs and in
 * the trace of a backend that never loads Jackson (OpenTelemetry). The value given is never changed.
 *
 * <pre>{@code
 * Object safe = PlainMasking.maskedValue(response, MaskingPolicy.from(config.settings()));
 * }</pre>
 */
public final class PlainMasking {
    private PlainMasking() {
    }

    /**
     * {@code value} as masked plain values.
     *
     * @throws IllegalArgumentException when it cannot be read (a cycle, nesting too deep, a getter that throws)
     */
    public static Object maskedValue(Object value, MaskingPolicy policy) {
        return mask(PlainTrees.toTree(value), policy);
    }

    /** A masked copy of a plain tree (what {@link PlainJsonReader} or {@link PlainTrees} made). */
    static Object mask(Object tree, MaskingPolicy policy) {
        return apply(MaskRules.item(kind(tree)), tree, policy);
    }

    private static Object apply(MaskRules.Action action, Object value, MaskingPolicy policy) {
        return switch (action) {
            case MASK -> Masking.MASK;
            case TEXT -> MaskRules.text((String) value, policy);
            case BASE64_TEXT -> MaskRules.base64((String) value, policy);
            case NESTED -> nested(value, policy, false);
            case NESTED_PARAMETERS -> nested(value, policy, true);
            case KEEP -> value;
        };
    }

    private static Object nested(Object value, MaskingPolicy policy, boolean parameters) {
        if (value instanceof Map<?, ?> object) {
            boolean base64 = MaskRules.isTrue(object.get("isBase64Encoded"));
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> member : object.entrySet()) {
                String key = String.valueOf(member.getKey());
                Object item = member.getValue();
                copy.put(key, apply(MaskRules.member(key, kind(item), parameters, base64, policy), item, policy));
            }
            return copy;
        }
        List<Object> copy = new ArrayList<>();
        for (Object item : (List<?>) value) {
            copy.add(apply(MaskRules.item(kind(item)), item, policy));
        }
        return copy;
    }

    private static MaskRules.Kind kind(Object value) {
        if (value == null) {
            return MaskRules.Kind.NULL;
        }
        if (value instanceof String) {
            return MaskRules.Kind.TEXT;
        }
        return value instanceof Map || value instanceof List ? MaskRules.Kind.CONTAINER : MaskRules.Kind.SCALAR;
    }
}
