package dev.lambdaobs.tracing.otel;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The attributes of one of our spans (or events), in one array of key and value pairs, kept within the SDK's
 * span limits as its {@code AttributesMap} keeps them: one value per key name (a later put replaces it), at most
 * {@code capacity} names (further new names are dropped but counted in {@link #totalAdded}), string values cut to
 * {@code lengthLimit} characters (each string of a list too), in the order they were first set, as the SDK hands
 * them to exporters. The SDK allocates a hash table per span; a span's few attributes are found as fast by a scan
 * of this array. Not thread-safe: the span guards it.
 *
 * <pre>{@code
 * SpanAttributes attributes = new SpanAttributes(128, 16 * 1024);
 * attributes.put(AttributeKey.stringKey("faas.invocation_id"), "r-1");
 * }</pre>
 */
final class SpanAttributes implements Attributes {
    private final int capacity;
    private final int lengthLimit;
    /** Key, value, key, value...: one array instead of two. */
    private Object[] pairs = new Object[8];
    private int size;
    private int totalAdded;

    SpanAttributes(int capacity, int lengthLimit) {
        this.capacity = capacity;
        this.lengthLimit = lengthLimit;
    }

    /** Sets {@code key} to {@code value} (ignored when either is null or the key's name is empty). */
    <T> void put(AttributeKey<T> key, T value) {
        if (key == null || value == null || key.getKey().isEmpty()) {
            return;
        }
        String name = key.getKey();
        for (int at = 0; at < size; at++) {
            if (name.equals(((AttributeKey<?>) pairs[2 * at]).getKey())) {
                // The SDK keeps one value per name: a later put replaces it, in its place.
                pairs[2 * at] = key;
                pairs[2 * at + 1] = limited(value);
                return;
            }
        }
        totalAdded++;
        if (size >= capacity) {
            return;
        }
        if (2 * size == pairs.length) {
            pairs = Arrays.copyOf(pairs, 2 * pairs.length);
        }
        pairs[2 * size] = key;
        pairs[2 * size + 1] = limited(value);
        size++;
    }

    /** How many names were ever set (kept or dropped): the span's total attribute count. */
    int totalAdded() {
        return totalAdded;
    }

    private Object limited(Object value) {
        if (value instanceof String text) {
            return text.length() > lengthLimit ? text.substring(0, lengthLimit) : text;
        }
        if (value instanceof List<?> items && needsLimit(items)) {
            List<Object> cut = new ArrayList<>(items.size());
            for (Object item : items) {
                cut.add(limited(item));
            }
            return Collections.unmodifiableList(cut);
        }
        return value;
    }

    private boolean needsLimit(List<?> items) {
        for (Object item : items) {
            if (item instanceof String text && text.length() > lengthLimit) {
                return true;
            }
        }
        return false;
    }

    /** The key at {@code index} (0 to {@link #size}), in this store's order. */
    AttributeKey<?> keyAt(int index) {
        return (AttributeKey<?>) pairs[2 * index];
    }

    Object valueAt(int index) {
        return pairs[2 * index + 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(AttributeKey<T> key) {
        for (int i = 0; i < size; i++) {
            if (key.equals(pairs[2 * i])) {
                return (T) pairs[2 * i + 1];
            }
        }
        return null;
    }

    @Override
    public void forEach(BiConsumer<? super AttributeKey<?>, ? super Object> consumer) {
        for (int i = 0; i < size; i++) {
            consumer.accept((AttributeKey<?>) pairs[2 * i], pairs[2 * i + 1]);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public Map<AttributeKey<?>, Object> asMap() {
        Map<AttributeKey<?>, Object> map = new LinkedHashMap<>();
        forEach(map::put);
        return Collections.unmodifiableMap(map);
    }

    @Override
    public AttributesBuilder toBuilder() {
        return Attributes.builder().putAll(this);
    }

    /** Equal to any attributes with the same keys and values. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Attributes that && asMap().equals(that.asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
