package dev.lambdaobs.tracing.rules;

import java.util.function.IntPredicate;

/**
 * Makes names and annotation keys acceptable to X-Ray, replacing each code point it would reject with
 * {@code _}. Runs for every subsegment and annotation, so a name that is already acceptable (the usual
 * case) is returned as it is, without a copy.
 *
 * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-api-segmentdocuments.html">Segment documents</a>
 */
public final class XRayNames {
    /** Besides letters, numbers and spaces, X-Ray accepts these in a name. */
    private static final String NAME_SYMBOLS = "_.:/%&#=+\\-@";

    private XRayNames() {
    }

    /** A subsegment name: allowed characters only, at most {@link XRayLimits#MAX_NAME_LENGTH}, never empty. */
    public static String spanName(String name) {
        if (name == null || name.isEmpty()) {
            return "_";
        }
        return truncate(replaceRejected(name, XRayNames::nameAccepts), XRayLimits.MAX_NAME_LENGTH);
    }

    /** An annotation key: letters, digits and underscores, at most {@link XRayLimits#MAX_ANNOTATION_KEY_LENGTH}. */
    public static String annotationKey(String key) {
        if (key == null || key.isEmpty()) {
            return "_";
        }
        return truncate(replaceRejected(key, XRayNames::keyAccepts), XRayLimits.MAX_ANNOTATION_KEY_LENGTH);
    }

    /** At most {@code max} UTF-16 units, never splitting a surrogate pair. */
    public static String truncate(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    /** Unicode letters, numbers and space separators, and {@link #NAME_SYMBOLS}. */
    public static boolean nameAccepts(int codePoint) {
        if (Character.isLetter(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || NAME_SYMBOLS.indexOf(codePoint) >= 0;
    }

    /** ASCII letters and digits, and {@code _}. */
    public static boolean keyAccepts(int codePoint) {
        return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                || codePoint >= '0' && codePoint <= '9' || codePoint == '_';
    }

    private static String replaceRejected(String text, IntPredicate accepts) {
        int length = text.length();
        int i = 0;
        while (i < length && accepts.test(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length).append(text, 0, i);
        while (i < length) {
            int codePoint = text.codePointAt(i);
            if (accepts.test(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('_');
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
