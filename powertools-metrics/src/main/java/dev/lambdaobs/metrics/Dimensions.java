package dev.lambdaobs.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, ordered set of dimension key/value pairs: one EMF dimension set. Checked against
 * {@link EmfLimits} when it is recorded, not when it is built.
 *
 * <pre>{@code
 * Dimensions byTier = Dimensions.of("tier", "gold", "region", "eu");
 * MetricsRecorder.current().dimensionSet(byTier);
 * }</pre>
 */
public final class Dimensions {
    private static final Dimensions EMPTY = new Dimensions(Map.of());

    private final Map<String, String> entries;

    private Dimensions(Map<String, String> entries) {
        this.entries = entries;
    }

    /** No dimensions. */
    public static Dimensions empty() {
        return EMPTY;
    }

    /** Dimensions from alternating keys and values: {@code of("k1", "v1", "k2", "v2")}. */
    public static Dimensions of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Dimensions.of needs key/value pairs, got "
                    + keysAndValues.length + " strings");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Dimensions(Collections.unmodifiableMap(map));
    }

    /** Dimensions from a map, in its iteration order. */
    public static Dimensions of(Map<String, String> map) {
        return map.isEmpty() ? EMPTY : new Dimensions(Collections.unmodifiableMap(new LinkedHashMap<>(map)));
    }

    /** These dimensions with {@code key} set to {@code value} (replacing an earlier value). */
    public Dimensions with(String key, String value) {
        Map<String, String> map = new LinkedHashMap<>(entries);
        map.put(key, value);
        return new Dimensions(Collections.unmodifiableMap(map));
    }

    /** These dimensions followed by {@code others}; a key in both takes the value from {@code others}. */
    public Dimensions and(Dimensions others) {
        if (others.entries.isEmpty()) {
            return this;
        }
        Map<String, String> map = new LinkedHashMap<>(entries);
        map.putAll(others.entries);
        return new Dimensions(Collections.unmodifiableMap(map));
    }

    /** The pairs in insertion order, unmodifiable. */
    public Map<String, String> asMap() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dimensions d && entries.equals(d.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries);
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
