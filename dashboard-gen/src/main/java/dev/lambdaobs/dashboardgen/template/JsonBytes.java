package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where {@link JsonText} writes: a growing byte buffer, or a counting one that keeps only its current chunk, so
 * {@link JsonSize} measures with the very writer the files are written with. Strings are escaped as Jackson
 * escapes them: {@code \"}, {@code \\}, {@code \b \t \n \f \r}, other controls as {@code \\u00XX}, the rest in
 * UTF-8. A UTF-16 surrogate is written as a {@code \\uXXXX} escape, as Jackson's UTF-8 generator does, or, where
 * the text is characters (Jackson's compact text keeps surrogates as they are), left to Jackson.
 */
final class JsonBytes {
    private static final byte[] EOL = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.getEol().getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** A counting sink's chunk: small, as the limits checks count thousands of small widgets. */
    private static final int COUNTING_CHUNK = 1024;

    private byte[] buffer;
    private int length;
    private final boolean counting;
    private final boolean escapeSurrogates;
    /** Bytes of the chunks a counting sink has let go. */
    private long dropped;
    /** UTF-8 bytes beyond one per character, so the length of the text in characters is known too. */
    private long beyondOnePerCharacter;

    /**
     * @param counting         keep only the current chunk: the length is all that is wanted
     * @param escapeSurrogates escape surrogates (UTF-8 text); else a surrogate is {@link JsonText#UNSUPPORTED}
     */
    JsonBytes(boolean counting, boolean escapeSurrogates) {
        this.counting = counting;
        this.escapeSurrogates = escapeSurrogates;
        this.buffer = new byte[counting ? COUNTING_CHUNK : 8192];
    }

    /** Every byte written (a counting sink's too). */
    long bytes() {
        return dropped + length;
    }

    /** Every character written: what the bytes are when decoded. */
    long characters() {
        return bytes() - beyondOnePerCharacter;
    }

    /** The bytes written; a counting sink has not kept them. */
    byte[] toByteArray() {
        return Arrays.copyOf(buffer, length);
    }

    /** The text written; a counting sink has not kept it. */
    String text() {
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }

    void newLine(int level) {
        ensure(EOL.length + 2 * level);
        for (byte b : EOL) {
            buffer[length++] = b;
        }
        Arrays.fill(buffer, length, length + 2 * level, (byte) ' ');
        length += 2 * level;
    }

    /** A quoted string, escaped as Jackson escapes it. */
    void string(String text) {
        int n = text.length();
        ensure(n + 2);
        buffer[length++] = '"';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                buffer[length++] = (byte) c;
            } else {
                special(c);
                ensure(n - i);
            }
        }
        buffer[length++] = '"';
    }

    private void special(char c) {
        ensure(6);
        if (c < 0x80) {
            escaped(c);
        } else if (c < 0x800) {
            buffer[length++] = (byte) (0xC0 | c >> 6);
            buffer[length++] = (byte) (0x80 | c & 0x3F);
            beyondOnePerCharacter += 1;
        } else if (!Character.isSurrogate(c)) {
            buffer[length++] = (byte) (0xE0 | c >> 12);
            buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | c & 0x3F);
            beyondOnePerCharacter += 2;
        } else if (escapeSurrogates) {
            unicodeEscape(c);
        } else {
            throw JsonText.UNSUPPORTED;
        }
    }

    private void escaped(char c) {
        char shortForm = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        if (shortForm != 0) {
            buffer[length++] = '\\';
            buffer[length++] = (byte) shortForm;
        } else {
            unicodeEscape(c);
        }
    }

    private void unicodeEscape(char c) {
        buffer[length++] = '\\';
        buffer[length++] = 'u';
        buffer[length++] = HEX[c >> 12 & 0xF];
        buffer[length++] = HEX[c >> 8 & 0xF];
        buffer[length++] = HEX[c >> 4 & 0xF];
        buffer[length++] = HEX[c & 0xF];
    }

    void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
    }

    void put(char c) {
        ensure(1);
        buffer[length++] = (byte) c;
    }

    /** Room for {@code more} bytes: a counting sink lets its chunk go first; either grows for a longer run. */
    private void ensure(int more) {
        if (length + more > buffer.length) {
            if (counting) {
                dropped += length;
                length = 0;
            }
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }
    }
}
