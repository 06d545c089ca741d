package dev.lambdaobs.test;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Well-formed X-Ray trace headers for tests, each with a fresh trace id.
 *
 * <pre>{@code
 * String header = TraceHeaders.sampled();   // Root=1-...;Parent=...;Sampled=1;Lineage=...
 * }</pre>
 */
public final class TraceHeaders {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private TraceHeaders() {
    }

    /** A new trace id: {@code 1-<8 hex epoch seconds>-<24 hex random>}. */
    public static String newTraceId() {
        return "1-" + String.format("%08x", System.currentTimeMillis() / 1000) + "-" + randomHex(12);
    }

    /** A new 16-hex-digit segment id. */
    public static String newSegmentId() {
        return randomHex(8);
    }

    /** A sampled header with a parent and a {@code Lineage} key, as Lambda passes them. */
    public static String sampled() {
        return "Root=" + newTraceId() + ";Parent=" + newSegmentId() + ";Sampled=1;Lineage=a87bd80c:1";
    }

    /** A header whose trace is not sampled. */
    public static String notSampled() {
        return "Root=" + newTraceId() + ";Parent=" + newSegmentId() + ";Sampled=0;Lineage=a87bd80c:1";
    }

    private static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HEX.formatHex(buffer);
    }
}
