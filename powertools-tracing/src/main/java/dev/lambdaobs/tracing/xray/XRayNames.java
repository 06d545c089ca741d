package dev.lambdaobs.tracing.xray;

import java.util.regex.Pattern;

/** Makes names and annotation keys acceptable to X-Ray, replacing what it would reject with {@code _}. */
final class XRayNames {
    private static final Pattern NAME_REJECTED = Pattern.compile("[^\\p{L}\\p{Z}\\p{N}_.:/%&#=+\\\\\\-@]");
    private static final Pattern KEY_REJECTED = Pattern.compile("[^A-Za-z0-9_]");

    private XRayNames() {
    }

    /** A subsegment name: allowed characters only, at most {@link XRayLimits#MAX_NAME_LENGTH}, never empty. */
    static String spanName(String name) {
        if (name == null || name.isEmpty()) {
            return "_";
        }
        String clean = NAME_REJECTED.matcher(name).replaceAll("_");
        return truncate(clean, XRayLimits.MAX_NAME_LENGTH);
    }

    /** An annotation key: letters, digits and underscores, at most {@link XRayLimits#MAX_ANNOTATION_KEY_LENGTH}. */
    static String annotationKey(String key) {
        if (key == null || key.isEmpty()) {
            return "_";
        }
        return truncate(KEY_REJECTED.matcher(key).replaceAll("_"), XRayLimits.MAX_ANNOTATION_KEY_LENGTH);
    }

    /** At most {@code max} UTF-16 units, never splitting a surrogate pair. */
    static String truncate(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
