package dev.lambdaobs.metrics;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.text.SafeText;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a metadata value into plain JSON data when it is recorded, so serialization at flush time
 * cannot fail: a getter or {@code toString()} that throws, a cycle, or a NaN (which Jackson would
 * write as a bare {@code NaN}, breaking the whole document) must not cost the invocation's metrics.
 * A {@code toString()} that throws leaves a note naming the class in the value ({@link SafeText#threw})
 * and is reported once.
 */
final class PropertyValues {
    private static final int MAX_DEPTH = 8;

    private final Diagnostics diagnostics;

    private PropertyValues(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    static Object plain(Object value, Diagnostics diagnostics) {
        return new PropertyValues(diagnostics).plain(value, 0);
    }

    private Object plain(Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean
                || value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? value : String.valueOf(number);
        }
        if (depth >= MAX_DEPTH) {
            return text(value);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(text(k), plain(v, depth + 1)));
            return copy;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> copy = new ArrayList<>(collection.size());
            collection.forEach(element -> copy.add(plain(element, depth + 1)));
            return copy;
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<Object> copy = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                copy.add(plain(Array.get(value, i), depth + 1));
            }
            return copy;
        }
        return text(value);
    }

    private String text(Object value) {
        try {
            return String.valueOf(value);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            diagnostics.warnOnce("metrics.metadata-text:" + value.getClass().getName(), "metrics: toString() of a "
                    + value.getClass().getName() + " in metadata threw " + e.getClass().getName()
                    + "; the value is written as a note saying so");
            return SafeText.threw(value, "toString", e);
        }
    }

}
