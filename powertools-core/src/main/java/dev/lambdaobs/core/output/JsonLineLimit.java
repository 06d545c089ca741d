package dev.lambdaobs.core.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Makes a JSON-object line that is over a size limit fit, keeping it one valid JSON object and saying
 * where it was cut. In this order, until it fits:
 * <ol>
 *   <li>the longest string values are cut to one common length and end with {@value #MARKER}; strings of
 *       {@value #KEEP_SHORT} bytes or fewer (ids, names, levels) are never cut;</li>
 *   <li>the largest nested objects and arrays of the top-level object become the string {@value #MARKER};</li>
 *   <li>the last top-level members are left out.</li>
 * </ol>
 * Works on the UTF-8 bytes without a JSON library and without recursion, so any nesting depth is fine.
 *
 * <pre>{@code
 * byte[] fitted = JsonLineLimit.fit(line, length, CloudWatchLogsLimits.MAX_LINE_BYTES);   // ends with '\n'
 * }</pre>
 */
public final class JsonLineLimit {
    /** Ends every cut string and replaces every cut container. */
    public static final String MARKER = "…[truncated]";
    /** Strings this short are never cut. */
    public static final int KEEP_SHORT = 128;

    private static final byte[] MARKER_BYTES = MARKER.getBytes(StandardCharsets.UTF_8);
    private static final byte[] MARKER_STRING = ('"' + MARKER + '"').getBytes(StandardCharsets.UTF_8);

    private JsonLineLimit() {
    }

    /**
     * A copy of {@code line[0, length)} (one JSON object, with or without its line end) whose content
     * is at most {@code maxBytes} bytes, followed by {@code '\n'}.
     */
    public static byte[] fit(byte[] line, int length, int maxBytes) {
        int n = length;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) {
            n--;
        }
        if (n <= maxBytes) {
            byte[] same = Arrays.copyOf(line, n + 1);
            same[n] = '\n';
            return same;
        }
        JsonShape shape = JsonShape.scan(line, n);
        int cap = largestCap(shape, n, maxBytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(maxBytes + 1);
        if (cap >= KEEP_SHORT || shape.members.isEmpty()) {
            copyCapped(line, 0, n, shape.strings, Math.max(cap, 0), out);
        } else {
            members(line, shape, maxBytes, out);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** The longest common string length that makes the line fit; -1 when none of at least KEEP_SHORT does. */
    private static int largestCap(JsonShape shape, int n, int maxBytes) {
        int low = KEEP_SHORT;
        int high = n;
        if (n - saving(shape.strings, low) > maxBytes) {
            return -1;
        }
        while (low < high) {
            int mid = low + (high - low + 1) / 2;
            if (n - saving(shape.strings, mid) <= maxBytes) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static long saving(List<int[]> strings, int cap) {
        long saved = 0;
        for (int[] s : strings) {
            int len = s[1] - s[0];
            if (len > cap + MARKER_BYTES.length) {
                saved += len - cap - MARKER_BYTES.length;
            }
        }
        return saved;
    }

    /** Steps 2 and 3: strings cut to KEEP_SHORT, then containers replaced, then the last members left out. */
    private static void members(byte[] line, JsonShape shape, int maxBytes, ByteArrayOutputStream out) {
        int count = shape.members.size();
        byte[][] keys = new byte[count][];
        byte[][] values = new byte[count][];
        long total = 2 + Math.max(0, count - 1);
        for (int i = 0; i < count; i++) {
            int[] m = shape.members.get(i);
            keys[i] = Arrays.copyOfRange(line, m[0], m[1]);
            ByteArrayOutputStream value = new ByteArrayOutputStream();
            copyCapped(line, m[1], m[2], shape.strings, KEEP_SHORT, value);
            values[i] = value.toByteArray();
            total += keys[i].length + values[i].length;
        }
        Integer[] bySize = new Integer[count];
        for (int i = 0; i < count; i++) {
            bySize[i] = i;
        }
        Arrays.sort(bySize, (a, b) -> Integer.compare(values[b].length, values[a].length));
        for (int i = 0; i < count && total > maxBytes; i++) {
            byte[] value = values[bySize[i]];
            if ((value[0] == '{' || value[0] == '[') && value.length > MARKER_STRING.length) {
                total -= value.length - MARKER_STRING.length;
                values[bySize[i]] = MARKER_STRING;
            }
        }
        int kept = count;
        while (kept > 0 && total > maxBytes) {
            kept--;
            total -= keys[kept].length + values[kept].length + (kept > 0 ? 1 : 0);
        }
        out.write('{');
        for (int i = 0; i < kept; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(keys[i]);
            out.writeBytes(values[i]);
        }
        out.write('}');
    }

    /** Copies {@code line[from, to)}, cutting each value string in it that is longer than {@code cap}. */
    private static void copyCapped(byte[] line, int from, int to, List<int[]> strings, int cap, ByteArrayOutputStream out) {
        int at = from;
        for (int[] s : strings) {
            if (s[0] < from || s[1] > to || s[1] - s[0] <= cap + MARKER_BYTES.length) {
                continue;
            }
            int cut = safeCut(line, s[0], s[0] + cap);
            out.write(line, at, cut - at);
            out.writeBytes(MARKER_BYTES);
            at = s[1];
        }
        out.write(line, at, to - at);
    }

    /** The last position at or before {@code limit} that splits neither an escape nor a UTF-8 character. */
    private static int safeCut(byte[] line, int start, int limit) {
        int k = start;
        while (k < limit) {
            int b = line[k] & 0xff;
            int step = b == '\\' ? (line[k + 1] == 'u' ? 6 : 2)
                    : b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
            if (k + step > limit) {
                break;
            }
            k += step;
        }
        return k;
    }
}
