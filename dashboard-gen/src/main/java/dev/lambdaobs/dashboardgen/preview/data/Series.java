package dev.lambdaobs.dashboardgen.preview.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The local samples of one metric (namespace, name, dimensions), with its unit and where they came
 * from: {@link #EMF} documents or {@link #DERIVED} from the invocations, as Lambda or API Gateway
 * would have reported them.
 */
public final class Series {
    public static final String EMF = "EMF";
    public static final String DERIVED = "derived locally";

    private final String namespace;
    private final String name;
    private final Map<String, String> dimensions;
    private final String unit;
    private final String source;
    private final List<Sample> samples = new ArrayList<>();

    Series(String namespace, String name, Map<String, String> dimensions, String unit, String source) {
        this.namespace = namespace;
        this.name = name;
        this.dimensions = Collections.unmodifiableMap(new TreeMap<>(dimensions));
        this.unit = unit;
        this.source = source;
    }

    void add(long epochMillis, double value) {
        samples.add(new Sample(epochMillis, value));
    }

    public String namespace() {
        return namespace;
    }

    public String name() {
        return name;
    }

    /** Dimension name to value, sorted by name. */
    public Map<String, String> dimensions() {
        return dimensions;
    }

    /** The unit the samples were reported in, or {@code None}. */
    public String unit() {
        return unit;
    }

    /** {@link #EMF} or {@link #DERIVED}. */
    public String source() {
        return source;
    }

    public List<Sample> samples() {
        return Collections.unmodifiableList(samples);
    }

    static String key(String namespace, String name, Map<String, String> dimensions) {
        return namespace + "\u0000" + name + "\u0000" + new TreeMap<>(dimensions);
    }
}
