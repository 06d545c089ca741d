package dev.lambdaobs.core.masking;

import dev.lambdaobs.core.text.PlainJson;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

/**
 * {@link Masking} without Jackson: masks a handler's response (a POJO, record, map, JSON text...) into
 * plain values (maps, lists, strings, numbers, booleans, null) that any JSON writer can write. The same
 * decisions as {@link Masking} ({@code MaskRules}), so a response is masked alike in the logs and in
 * the trace of a backend that never loads Jackson (OpenTelemetry). The value given is never changed:
 * it is first read into maps and lists of this class' own, which are then masked in place.
 *
 * <pre>{@code
 * Object safe = PlainMasking.maskedValue(response, MaskingPolicy.from(config.settings()));
 * }</pre>
 */
public final class PlainMasking {
    private final MaskingPolicy policy;
    private boolean changed;

    private PlainMasking(MaskingPolicy policy) {
        this.policy = policy;
    }

    /**
     * {@code value} as masked plain values.
     *
     * @throws IllegalArgumentException when it cannot be read (a cycle, nesting too deep, a getter that throws)
     */
    public static Object maskedValue(Object value, MaskingPolicy policy) {
        return new PlainMasking(policy).mask(PlainTrees.toTree(value));
    }

    /** JSON text masked inside and written back; the same string when nothing in it is a secret. */
    static String maskJsonText(String text, MaskingPolicy policy) {
        PlainMasking masking = new PlainMasking(policy);
        Object masked = masking.mask(PlainJsonReader.read(text.strip()));
        return masking.changed ? PlainJson.write(masked) : text;
    }

    /** Masks a tree this class owns (from {@link PlainTrees} or {@link PlainJsonReader}) in place. */
    private Object mask(Object tree) {
        return apply(MaskRules.item(kind(tree)), tree);
    }

    private Object apply(MaskRules.Action action, Object value) {
        Object masked = switch (action) {
            case MASK -> Masking.MASK;
            case TEXT -> MaskRules.text((String) value, policy);
            case BASE64_TEXT -> MaskRules.base64((String) value, policy);
            case NESTED -> nested(value, false);
            case NESTED_PARAMETERS -> nested(value, true);
            case KEEP -> value;
        };
        changed |= masked != value && !masked.equals(value);
        return masked;
    }

    @SuppressWarnings("unchecked")
    private Object nested(Object value, boolean parameters) {
        if (value instanceof Map<?, ?> object) {
            boolean base64 = MaskRules.isTrue(object.get("isBase64Encoded"));
            for (Map.Entry<String, Object> member : ((Map<String, Object>) object).entrySet()) {
                Object item = member.getValue();
                member.setValue(apply(MaskRules.member(member.getKey(), kind(item), parameters, base64, policy), item));
            }
            return object;
        }
        for (ListIterator<Object> items = ((List<Object>) value).listIterator(); items.hasNext(); ) {
            Object item = items.next();
            items.set(apply(MaskRules.item(kind(item)), item));
        }
        return value;
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
