package dev.lambdaobs.core.invocation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An X-Ray trace header ({@code Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1}).
 * Keys other than Root, Parent and Sampled (such as {@code Lineage}) are kept in order and written back unchanged.
 *
 * <pre>{@code
 * TraceHeader header = TraceHeader.parse("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1").orElseThrow();
 * header.root();      // "1-5759e988-bd862e3fe1be46a994272793"
 * header.sampled();   // Sampling.SAMPLED
 * }</pre>
 *
 * @param root    the trace id
 * @param parent  the parent segment id, when present and well-formed
 * @param sampled the sampling decision
 * @param others  every other key, in header order, values unchanged
 * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-concepts.html#xray-concepts-tracingheader">Tracing header</a>
 */
public record TraceHeader(String root, Optional<String> parent, Sampling sampled, Map<String, String> others) {
    /** The header's sampling decision. */
    public enum Sampling {
        SAMPLED("1"), NOT_SAMPLED("0"), REQUESTED("?"), UNKNOWN(null);

        private final String wire;

        Sampling(String wire) {
            this.wire = wire;
        }

        /** The decision a one-character {@code Sampled} value stands for; UNKNOWN for any other. */
        static Sampling of(char wire) {
            return switch (wire) {
                case '1' -> SAMPLED;
                case '0' -> NOT_SAMPLED;
                case '?' -> REQUESTED;
                default -> UNKNOWN;
            };
        }
    }

    public TraceHeader {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(sampled, "sampled");
        others = others.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(others));
    }

    /**
     * Parses a header. Never throws: returns empty when the value is missing or has no well-formed
     * {@code Root}; drops a malformed {@code Parent}; reads an unknown {@code Sampled} as UNKNOWN.
     */
    public static Optional<TraceHeader> parse(String value) {
        return TraceHeaderParser.parse(value);
    }

    /** The header in wire form: Root, Parent, Sampled, then the other keys in their original order. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Root=").append(root);
        parent.ifPresent(p -> out.append(";Parent=").append(p));
        if (sampled.wire != null) {
            out.append(";Sampled=").append(sampled.wire);
        }
        others.forEach((k, v) -> out.append(';').append(k).append('=').append(v));
        return out.toString();
    }
}
