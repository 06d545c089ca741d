package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.tracing.rules.XRayLimits;
import dev.lambdaobs.tracing.rules.XRayNames;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON that replaces a metadata value too large for the room left: says so, keeps the original
 * size and the start of the JSON text, and itself fits in the room when possible.
 * {@code {"truncated": true, "original_bytes": 100021, "limit_bytes": 49152, "preview": "{\"body\":\"xxxx"}}
 */
final class TruncationMarker {
    /** Longest preview, so one big value cannot use the whole budget. */
    static final int MAX_PREVIEW_CHARS = 1_024;

    private TruncationMarker() {
    }

    static String of(String json, int originalBytes, int room) {
        int previewChars = Math.min(json.length(), MAX_PREVIEW_CHARS);
        String marker = marker(json, originalBytes, previewChars);
        while (previewChars > 0 && marker.getBytes(StandardCharsets.UTF_8).length > room) {
            previewChars /= 2;
            marker = marker(json, originalBytes, previewChars);
        }
        return marker;
    }

    private static String marker(String json, int originalBytes, int previewChars) {
        Map<String, Object> marker = new LinkedHashMap<>();
        marker.put("truncated", true);
        marker.put("original_bytes", originalBytes);
        marker.put("limit_bytes", XRayLimits.METADATA_BUDGET_BYTES);
        marker.put("preview", XRayNames.truncate(json, previewChars));
        return JsonText.of(marker);
    }
}
