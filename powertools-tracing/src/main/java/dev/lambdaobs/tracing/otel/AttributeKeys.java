package dev.lambdaobs.tracing.otel;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The attribute keys of annotations and metadata, and the one-key {@code aws.xray.annotations} lists, made
 * once per name: a span's {@code setAttribute(String, ...)} makes a new {@link AttributeKey} on every call,
 * and a handler sets the same few names on every invocation.
 * At most {@link #MAX_KEYS} names per type are kept (never replaced): past that, keys are made per call, so
 * names built from data cannot grow this without bound. Safe under concurrent invocations.
 *
 * <p>Example: {@code span.setAttribute(keys.string("OrderId"), "o-42");}
 */
final class AttributeKeys {
    /** Names kept per key type; enough for any handler whose annotation and metadata names are constants. */
    static final int MAX_KEYS = 512;

    private final ConcurrentHashMap<String, AttributeKey<String>> strings = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AttributeKey<Boolean>> booleans = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AttributeKey<Long>> longs = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AttributeKey<Double>> doubles = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, AttributeKey<String>>> metadata =
            new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> alone = new ConcurrentHashMap<>();

    AttributeKey<String> string(String name) {
        return kept(strings, name, AttributeKey::stringKey);
    }

    AttributeKey<Boolean> bool(String name) {
        return kept(booleans, name, AttributeKey::booleanKey);
    }

    AttributeKey<Long> integer(String name) {
        return kept(longs, name, AttributeKey::longKey);
    }

    AttributeKey<Double> number(String name) {
        return kept(doubles, name, AttributeKey::doubleKey);
    }

    /** The {@code aws.xray.annotations} value of a span whose only annotation is {@code name}: {@code [name]}. */
    List<String> listedAlone(String name) {
        return kept(alone, name, List::of);
    }

    /** The key of metadata {@code key} in {@code namespace}: {@code namespace.key}. */
    AttributeKey<String> metadata(String namespace, String key) {
        ConcurrentHashMap<String, AttributeKey<String>> names = metadata.get(namespace);
        if (names == null) {
            if (metadata.size() >= MAX_KEYS) {
                return AttributeKey.stringKey(namespace + "." + key);
            }
            names = metadata.computeIfAbsent(namespace, n -> new ConcurrentHashMap<>());
        }
        AttributeKey<String> known = names.get(key);
        if (known != null) {
            return known;
        }
        AttributeKey<String> made = AttributeKey.stringKey(namespace + "." + key);
        if (names.size() < MAX_KEYS) {
            names.putIfAbsent(key, made);
        }
        return made;
    }

    private static <T> T kept(ConcurrentHashMap<String, T> keys, String name, Function<String, T> make) {
        T known = keys.get(name);
        if (known != null) {
            return known;
        }
        T made = make.apply(name);
        if (keys.size() < MAX_KEYS) {
            keys.putIfAbsent(name, made);
        }
        return made;
    }
}
