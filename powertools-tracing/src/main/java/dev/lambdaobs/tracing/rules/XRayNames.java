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
    /** The predicates' answers for ASCII, so that the check of a usual name is a table lookup per character. */
    private static final boolean[] NAME_ASCII = asciiTable(XRayNames::nameAccepts);
    private static final boolean[] KEY_ASCII = asciiTable(XRayNames::keyAccepts);

    private XRayNames() {
    }

    /** A subsegment name: allowed characters only, at most {@link XRayLimits#MAX_NAME_LENGTH}, never empty. */
    public static String spanName(String name) {
        if (name == null || name.isEmpty()) {
            return "_";
        }
        return truncate(replaceRejected(name, XRayNames::nameAccepts, NAME_ASCII), XRayLimits.MAX_NAME_LENGTH);
    }

    /** An annotation key: letters, digits and underscores, at most {@link XRayLimits#MAX_ANNOTATION_KEY_LENGTH}. */
    public static String annotationKey(String key) {
        if (key == null || key.isEmpty()) {
            return "_";
        }
        return truncate(replaceRejected(key, XRayNames::keyAccepts, KEY_ASCII), XRayLimits.MAX_ANNOTATION_KEY_LENGTH);
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

    private static boolean[] asciiTable(IntPredicate accepts) {
        boolean[] table = new boolean[0x80];
        for (int c = 0; c < table.length; c++) {
            table[c] = accepts.test(c);
        }
        return table;
    }

    // The accepted prefix is scanned by char: ASCII through the table (no code point decoding, no predicate call),
    // anything else through the predicate; from the first rejected code point on, the copy below.
    private static String replaceRejected(String text, IntPredicate accepts, boolean[] ascii) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (!ascii[c]) {
                    break;
                }
                i++;
            } else {
                int codePoint = text.codePointAt(i);
                if (!accepts.test(codePoint)) {
                    break;
                }
                i += Character.charCount(codePoint);
            }
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
