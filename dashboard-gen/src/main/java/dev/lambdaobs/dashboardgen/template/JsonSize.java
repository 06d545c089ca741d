package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The size of a JSON value as Jackson would write it: the limits checks measure every alarm, widget and nested
 * template, several megabytes at 400 functions (issue 19). It is {@link JsonText} writing into a counting sink, so
 * the size checked is the length of the file written; the values JsonText leaves to Jackson are measured by
 * serializing them with Jackson.
 *
 * <pre>{@code
 * int bytes = JsonSize.prettyUtf8Bytes(template);      // JsonText.prettyUtf8(template).length
 * int characters = JsonSize.compactCharacters(widget); // JsonText.compact(widget).length(), widget.toString().length()
 * }</pre>
 */
public final class JsonSize {
    private JsonSize() {
    }

    /** Bytes of the value in UTF-8 as {@code writerWithDefaultPrettyPrinter()} (or {@code INDENT_OUTPUT}) writes it. */
    public static int prettyUtf8Bytes(JsonNode value) {
        long counted = JsonText.prettyUtf8Length(value);
        if (counted >= 0) {
            return (int) counted;
        }
        ByteCount count = new ByteCount();
        try {
            JacksonWriters.PRETTY.writeValue(count, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count.bytes;
    }

    /** Characters of {@code value.toString()}. */
    public static int compactCharacters(JsonNode value) {
        long counted = JsonText.compactLength(value);
        if (counted >= 0) {
            return (int) counted;
        }
        CharCount count = new CharCount();
        try {
            JacksonWriters.COMPACT.writeValue(count, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count.characters;
    }

    private static final class ByteCount extends OutputStream {
        private int bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private static final class CharCount extends Writer {
        private int characters;

        @Override
        public void write(int c) {
            characters++;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            characters += len;
        }

        @Override
        public void write(String str, int off, int len) {
            characters += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
