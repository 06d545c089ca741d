package dev.lambdaobs.tracing.otel;

/**
 * UTF-8 lengths without encoding: the metadata budget counts bytes of every value, and
 * {@code getBytes(UTF_8).length} would make an array for each only to read its length.
 *
 * <p>Example: {@code Utf8.length("é") == 2}
 */
final class Utf8 {
    private Utf8() {
    }

    /** The bytes {@code text} takes in UTF-8; an unpaired surrogate counts as the one byte {@code ?} it becomes. */
    static int length(String text) {
        int length = text.length();
        int bytes = length;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x800) {
                bytes += 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 2;
                i++;
            } else if (Character.isSurrogate(c)) {
                continue;
            } else {
                bytes += 2;
            }
        }
        return bytes;
    }
}
