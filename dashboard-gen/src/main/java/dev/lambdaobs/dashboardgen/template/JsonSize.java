package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The size of a JSON value as it would be written, counted while serializing instead of building the text: the
 * limits checks measure every alarm, widget and nested template, several megabytes at 400 functions (issue 19).
 *
 * <pre>{@code
 * int bytes = JsonSize.utf8Bytes(new ObjectMapper().writerWithDefaultPrettyPrinter(), template);
 * int characters = JsonSize.compactCharacters(widget); // widget.toString().length()
 * }</pre>
 */
public final class JsonSize {
    /** Writes what {@link JsonNode#toString()} writes: compact, default features. */
    private static final ObjectWriter COMPACT = new ObjectMapper().writer();

    private JsonSize() {
    }

    /** Bytes of the value in UTF-8 as the writer writes it (e.g. {@code writeValueAsBytes}). */
    public static int utf8Bytes(ObjectWriter writer, JsonNode value) {
        ByteCount count = new ByteCount();
        try {
            writer.writeValue(count, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count.bytes;
    }

    /** Characters of {@code value.toString()}. */
    public static int compactCharacters(JsonNode value) {
        CharCount count = new CharCount();
        try {
            COMPACT.writeValue(count, value);
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
