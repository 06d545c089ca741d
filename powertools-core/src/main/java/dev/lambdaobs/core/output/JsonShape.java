package dev.lambdaobs.core.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Where the value strings and the top-level members of a JSON object line are. */
final class JsonShape {
    /** {contentStart, contentEnd} of every string that is a value, in order. */
    final List<int[]> strings = new ArrayList<>();
    /** {keyStart, valueStart, valueEnd} of every member of the top-level object, in order. */
    final List<int[]> members = new ArrayList<>();

    static JsonShape scan(byte[] b, int n) {
        JsonShape shape = new JsonShape();
        boolean[] inObject = new boolean[64];
        int depth = 0;
        boolean expectKey = false;
        int keyStart = -1;
        int valueStart = -1;
        for (int i = 0; i < n; i++) {
            byte c = b[i];
            if (c == '"') {
                int end = i + 1;
                while (end < n && b[end] != '"') {
                    end += b[end] == '\\' ? 2 : 1;
                }
                if (depth > 0 && inObject[depth - 1] && expectKey) {
                    if (depth == 1) {
                        keyStart = i;
                    }
                } else {
                    shape.strings.add(new int[] {i + 1, Math.min(end, n)});
                    if (depth == 1) {
                        shape.members.add(new int[] {keyStart, i, Math.min(end + 1, n)});
                    }
                }
                i = end;
            } else if (c == '{' || c == '[') {
                if (depth == 1) {
                    valueStart = i;
                }
                if (depth == inObject.length) {
                    inObject = Arrays.copyOf(inObject, depth * 2);
                }
                inObject[depth++] = c == '{';
                expectKey = c == '{';
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 1) {
                    shape.members.add(new int[] {keyStart, valueStart, i + 1});
                } else if (depth == 0 && isScalarAt(b, valueStart)) {
                    shape.members.add(new int[] {keyStart, valueStart, i});
                }
                expectKey = false;
            } else if (c == ':') {
                expectKey = false;
                if (depth == 1) {
                    valueStart = i + 1;
                }
            } else if (c == ',') {
                expectKey = depth > 0 && inObject[depth - 1];
                if (depth == 1) {
                    if (isScalarAt(b, valueStart)) {
                        shape.members.add(new int[] {keyStart, valueStart, i});
                    }
                    valueStart = -1;
                }
            }
        }
        return shape;
    }

    /** A number, boolean or null starts at {@code at} (strings and containers are recorded where they end). */
    private static boolean isScalarAt(byte[] b, int at) {
        return at > 0 && b[at] != '"' && b[at] != '{' && b[at] != '[';
    }
}
