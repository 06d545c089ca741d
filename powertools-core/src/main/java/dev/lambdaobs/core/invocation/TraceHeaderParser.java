package dev.lambdaobs.core.invocation;

import dev.lambdaobs.core.invocation.TraceHeader.Sampling;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the wire form of an X-Ray trace header once per invocation, so it scans the text in place: no
 * regular expression, no split array, and a string only for each value it keeps.
 */
final class TraceHeaderParser {
    /** {@code 1-} + 8 hex digits (epoch seconds) + {@code -} + 24 hex digits. */
    private static final int ROOT_LENGTH = 35;
    private static final int ROOT_TIME_DIGITS = 8;
    private static final int PARENT_LENGTH = 16;

    private TraceHeaderParser() {
    }

    /** See {@link TraceHeader#parse(String)}. */
    static Optional<TraceHeader> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String root = null;
        String parent = null;
        Sampling sampled = Sampling.UNKNOWN;
        Map<String, String> others = null;
        int length = value.length();
        int eq = -1;
        for (int start = 0; start < length; ) {
            int end = value.indexOf(';', start);
            if (end < 0) {
                end = length;
            }
            if (eq < start) {
                // The next '=' from here; one found beyond this part is kept for the parts after it.
                eq = value.indexOf('=', start);
                if (eq < 0) {
                    eq = length;
                }
            }
            if (eq > start && eq < end) {
                int keyStart = skipSpace(value, start, eq);
                int keyEnd = trimEnd(value, keyStart, eq);
                int valueStart = skipSpace(value, eq + 1, end);
                int valueEnd = trimEnd(value, valueStart, end);
                if (isKey(value, keyStart, keyEnd, "Root")) {
                    root = value.substring(valueStart, valueEnd);
                } else if (isKey(value, keyStart, keyEnd, "Parent")) {
                    parent = isHex(value, valueStart, valueEnd) && valueEnd - valueStart == PARENT_LENGTH
                            ? value.substring(valueStart, valueEnd) : null;
                } else if (isKey(value, keyStart, keyEnd, "Sampled")) {
                    sampled = valueEnd - valueStart == 1 ? Sampling.of(value.charAt(valueStart)) : Sampling.UNKNOWN;
                } else {
                    if (others == null) {
                        others = new LinkedHashMap<>();
                    }
                    others.putIfAbsent(value.substring(keyStart, keyEnd), value.substring(valueStart, valueEnd));
                }
            }
            start = end + 1;
        }
        if (root == null || !isRoot(root)) {
            return Optional.empty();
        }
        return Optional.of(new TraceHeader(root, Optional.ofNullable(parent), sampled,
                others == null ? Collections.emptyMap() : others));
    }

    private static boolean isRoot(String root) {
        return root.length() == ROOT_LENGTH && root.charAt(0) == '1' && root.charAt(1) == '-'
                && isHex(root, 2, 2 + ROOT_TIME_DIGITS) && root.charAt(2 + ROOT_TIME_DIGITS) == '-'
                && isHex(root, 3 + ROOT_TIME_DIGITS, ROOT_LENGTH);
    }

    private static boolean isKey(String text, int start, int end, String key) {
        return end - start == key.length() && text.startsWith(key, start);
    }

    /** ASCII hex digits only ({@code Character.digit} would take other scripts' digits too). */
    private static boolean isHex(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** The first index from {@code start} that {@link String#trim()} would keep. */
    private static int skipSpace(String text, int start, int end) {
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        return start;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        return end;
    }
}
