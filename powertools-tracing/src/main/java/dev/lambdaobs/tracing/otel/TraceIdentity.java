package dev.lambdaobs.tracing.otel;

import java.nio.charset.StandardCharsets;

/**
 * A trace id as OpenTelemetry's 32 hex digits and as the two longs OTLP writes as bytes: made once per
 * invocation (from Lambda's root) and shared by the contexts of all its spans, so no span converts its trace id
 * between forms.
 *
 * <pre>{@code
 * TraceIdentity trace = TraceIdentity.ofRoot("1-5759e988-bd862e3fe1be46a994272793");
 * trace.hex(); // "5759e988bd862e3fe1be46a994272793"
 * }</pre>
 *
 * @param hex  32 lower-case hex digits
 * @param high the first 8 bytes, big-endian
 * @param low  the last 8 bytes, big-endian
 */
record TraceIdentity(String hex, long high, long low) {
    /**
     * The OpenTelemetry trace id of an X-Ray root: {@code 1-5759e988-bd862e3fe1be46a994272793} becomes
     * {@code 5759e988bd862e3fe1be46a994272793} (the version and dashes dropped), or null when the root is
     * not of that form.
     */
    static TraceIdentity ofRoot(String root) {
        if (root.length() != 35 || !root.startsWith("1-") || root.charAt(10) != '-') {
            return null;
        }
        // Bytes, not chars: the String is made with one copy of 32 bytes (Latin-1), no char array and no compression.
        byte[] id = new byte[32];
        long high = 0;
        long low = 0;
        for (int i = 0; i < 32; i++) {
            int c = root.charAt(i < 8 ? i + 2 : i + 3);
            if (c >= 'A' && c <= 'F') {
                c += 'a' - 'A';
            }
            int digit = lowerHexDigit(c);
            if (digit < 0) {
                return null;
            }
            id[i] = (byte) c;
            if (i < 16) {
                high = high << 4 | digit;
            } else {
                low = low << 4 | digit;
            }
        }
        return new TraceIdentity(new String(id, StandardCharsets.ISO_8859_1), high, low);
    }

    /** The value of a lower-case hex digit ({@code 0-9a-f}), else -1. */
    static int lowerHexDigit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    /** The trace id of a valid span context of the API ({@code hex}: 32 lower-case hex digits, as it validated them). */
    static TraceIdentity ofHex(String hex) {
        return new TraceIdentity(hex, Long.parseUnsignedLong(hex, 0, 16, 16), Long.parseUnsignedLong(hex, 16, 32, 16));
    }

    /** A trace id of two random longs (a span started with no parent), the low one not zero. */
    static TraceIdentity of(long high, long low) {
        return new TraceIdentity(io.opentelemetry.api.trace.TraceId.fromLongs(high, low), high, low);
    }

    boolean isZero() {
        return high == 0 && low == 0;
    }
}
