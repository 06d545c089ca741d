package dev.lambdaobs.core.masking;

import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link JsonTrees#toTree} without Jackson: a handler's response as plain values (maps, lists, strings,
 * numbers, booleans, null) shaped as Jackson would shape it. JSON text ({@code String}, {@code byte[]})
 * is parsed, text that is not JSON stays text, a stream is never read; maps, collections, arrays,
 * records and beans (public getters and fields, named as Jackson names them: {@code getIsBase64Encoded}
 * is {@code isBase64Encoded}) become maps and lists; enums their name; dates and times their ISO-8601
 * text; {@code byte[]} inside a value base64. Jackson annotations are not read (that would load Jackson).
 *
 * @throws IllegalArgumentException (from {@link #toTree}) on a cycle, nesting deeper than
 *         {@link PlainJsonReader#MAX_DEPTH}, or a getter that throws
 */
final class PlainTrees {
    private static final DateTimeFormatter DATES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx")
            .withZone(ZoneOffset.UTC);

    private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

    private PlainTrees() {
    }

    static Object toTree(Object value) {
        if (value instanceof InputStream) {
            return "<stream>";
        }
        if (value instanceof byte[] bytes) {
            return parseOrText(new String(bytes, StandardCharsets.UTF_8));
        }
        if (value instanceof CharSequence text) {
            return parseOrText(text.toString());
        }
        return new PlainTrees().convert(value, 0);
    }

    private static Object parseOrText(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return PlainJsonReader.read(trimmed);
            } catch (IllegalArgumentException e) {
                // Not JSON after all: captured as text.
            }
        }
        return text;
    }

    private Object convert(Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof CharSequence || value instanceof Character || isDateOrTime(value)) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Date date) {
            return DATES.format(date.toInstant());
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof char[] chars) {
            return new String(chars);
        }
        if (depth >= PlainJsonReader.MAX_DEPTH) {
            throw new IllegalArgumentException("nested deeper than " + PlainJsonReader.MAX_DEPTH);
        }
        if (!open.add(value)) {
            throw new IllegalArgumentException("a cycle through " + value.getClass().getName());
        }
        try {
            return container(value, depth + 1);
        } finally {
            open.remove(value);
        }
    }

    private Object container(Object value, int depth) {
        if (value instanceof Optional<?> optional) {
            return convert(optional.orElse(null), depth);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                members.put(String.valueOf(entry.getKey()), convert(entry.getValue(), depth));
            }
            return members;
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> items = new ArrayList<>();
            for (Object item : iterable) {
                items.add(convert(item, depth));
            }
            return items;
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<Object> items = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                items.add(convert(Array.get(value, i), depth));
            }
            return items;
        }
        Map<String, Object> members = new LinkedHashMap<>();
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                members.put(component.getName(), convert(read(component.getAccessor(), record), depth));
            }
            return members;
        }
        for (BeanProperties.Property property : BeanProperties.of(value.getClass())) {
            members.put(property.name(), convert(read(property, value), depth));
        }
        return members;
    }

    private static Object read(java.lang.reflect.Method accessor, Object owner) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(owner);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(accessor.getName() + "() threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + accessor.getName() + "(): " + e, e);
        }
    }

    private static Object read(BeanProperties.Property property, Object owner) {
        try {
            return property.read(owner);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(property.name() + " threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + property.name() + ": " + e, e);
        }
    }

    /** JsonTrees writes these with their ISO-8601 {@code toString()}; the same here. */
    private static boolean isDateOrTime(Object value) {
        String name = value.getClass().getName();
        return name.startsWith("java.time.") || name.startsWith("org.joda.time.");
    }
}
