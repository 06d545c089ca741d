package dev.lambdaobs.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Documents as the step hands them to a serializer, generated from a seeded {@link Random}: names and
 * dimensions in printable ASCII with quotes and backslashes (what validation lets through), property
 * keys and values with any text (control characters, quotes, non-ASCII, surrogate pairs), numbers of
 * every type metadata keeps, nested maps and lists, many dimensions, high resolution, many values.
 * Every key is used once, so a document is valid EMF.
 */
final class RandomEmfDocuments {
    private static final String NAMESPACE_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._#:/-";
    private static final String[] ODD_TEXT = {"\"", "\\", "\n", "\r", "\t", "\b", "\f", "\u0000", "\u001f", "\u007f",
        "/", "é", "漢字", "\u2028", "\ufeff", "😀", "</script>", "\\u0041", "'"};

    private final Random random;
    private final Instant now;
    private final Set<String> keys = new HashSet<>();

    /** Timestamps are within a day of {@code now}: the library refuses those EMF does not accept. */
    RandomEmfDocuments(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
    }

    String namespace() {
        StringBuilder name = new StringBuilder();
        int length = 1 + random.nextInt(30);
        for (int i = 0; i < length; i++) {
            name.append(NAMESPACE_CHARS.charAt(random.nextInt(NAMESPACE_CHARS.length())));
        }
        return name.toString();
    }

    EmfDocument next() {
        keys.clear();
        boolean large = random.nextInt(10) == 0;
        int metricCount = large ? 90 + random.nextInt(160) : 1 + random.nextInt(5);
        List<RecordedMetric> metrics = new ArrayList<>();
        for (int i = 0; i < metricCount; i++) {
            metrics.add(metric(large && random.nextInt(20) == 0));
        }
        List<Dimensions> sets = new ArrayList<>();
        Map<String, String> pool = new LinkedHashMap<>();
        int poolSize = random.nextInt(4) == 0 ? EmfLimits.MAX_DIMENSIONS_PER_SET : 1 + random.nextInt(6);
        for (int i = 0; i < poolSize; i++) {
            pool.put(uniqueKey(), ascii(1 + random.nextInt(40)));
        }
        int setCount = 1 + random.nextInt(4);
        for (int i = 0; i < setCount; i++) {
            Map<String, String> set = new LinkedHashMap<>();
            pool.forEach((key, value) -> {
                if (set.isEmpty() || random.nextInt(3) > 0) {
                    set.put(key, value);
                }
            });
            sets.add(Dimensions.of(set));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        int propertyCount = random.nextInt(7);
        for (int i = 0; i < propertyCount; i++) {
            String key = text(1 + random.nextInt(12));
            if (keys.add(key)) {
                properties.put(key, value(0));
            }
        }
        Instant timestamp = now.minusMillis(random.nextInt(86_400_000));
        return new EmfDocument(metrics, sets, properties, timestamp);
    }

    private RecordedMetric metric(boolean manyValues) {
        int count = manyValues ? 101 + random.nextInt(150) : 1 + (random.nextInt(4) == 0 ? random.nextInt(5) : 0);
        List<Double> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(number());
        }
        MetricUnit[] units = MetricUnit.values();
        Resolution resolution = random.nextInt(4) == 0 ? Resolution.HIGH : Resolution.STANDARD;
        return new RecordedMetric(uniqueKey(), units[random.nextInt(units.length)], resolution, values);
    }

    private double number() {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(1000);
            case 1 -> random.nextDouble() * 1e6 - 5e5;
            case 2 -> Math.scalb(random.nextDouble(), random.nextInt(700) - 350);
            case 3 -> -0.0;
            case 4 -> random.nextLong();
            default -> random.nextGaussian();
        };
    }

    private Object value(int depth) {
        int kind = random.nextInt(depth < 3 ? 14 : 12);
        return switch (kind) {
            case 0, 1, 2 -> text(random.nextInt(30));
            case 3 -> random.nextInt();
            case 4 -> random.nextLong();
            case 5 -> number();
            case 6 -> random.nextFloat() * 1000;
            case 7 -> random.nextBoolean();
            case 8 -> new BigInteger(100, random);
            case 9 -> new BigDecimal(new BigInteger(60, random), random.nextInt(20) - 10);
            case 10 -> (short) random.nextInt();
            case 11 -> depth == 0 ? text(3) : null;
            case 12 -> {
                Map<String, Object> map = new LinkedHashMap<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    map.put(text(1 + random.nextInt(8)), value(depth + 1));
                }
                yield map;
            }
            default -> {
                List<Object> list = new ArrayList<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    list.add(value(depth + 1));
                }
                yield list;
            }
        };
    }

    /** A metric name or dimension key: printable ASCII, not blank, not starting with ':', not used yet. */
    private String uniqueKey() {
        while (true) {
            String key = ascii(1 + random.nextInt(random.nextInt(10) == 0 ? EmfLimits.MAX_DIMENSION_NAME_LENGTH : 20));
            if (!key.isBlank() && !key.startsWith(":") && keys.add(key)) {
                return key;
            }
        }
    }

    /** Printable ASCII, quotes and backslashes often. */
    private String ascii(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            text.append(pick == 0 ? '"' : pick == 1 ? '\\' : (char) (' ' + random.nextInt(95)));
        }
        String result = text.toString();
        return result.isBlank() ? "k" + result : result;
    }

    /** Any text: ASCII, control characters, non-ASCII and surrogate pairs. */
    private String text(int parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            if (random.nextInt(3) == 0) {
                text.append(ODD_TEXT[random.nextInt(ODD_TEXT.length)]);
            } else if (random.nextInt(8) == 0) {
                text.append((char) random.nextInt(0x20));
            } else if (random.nextInt(8) == 0) {
                text.appendCodePoint(0x80 + random.nextInt(0xD000));
            } else {
                text.append((char) (' ' + random.nextInt(95)));
            }
        }
        return text.toString();
    }
}
