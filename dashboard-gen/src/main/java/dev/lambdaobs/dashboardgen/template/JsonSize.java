package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The size of a JSON value as Jackson would write it, counted from the tree instead of serializing it: the limits
 * checks measure every alarm, widget and nested template, several megabytes at 400 functions (issue 19). Node types
 * beyond those templates hold (objects, arrays, text, finite numbers, booleans, null) are measured
 * by serializing the value with Jackson, so the count is always what Jackson writes.
 *
 * <pre>{@code
 * int bytes = JsonSize.prettyUtf8Bytes(template);      // new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(template).length
 * int characters = JsonSize.compactCharacters(widget); // widget.toString().length()
 * }</pre>
 */
public final class JsonSize {
    /** What Jackson's default pretty printer puts between a field name and its value. */
    private static final int FIELD_SEPARATOR = " : ".length();
    /** The line end the default pretty printer's indenter writes (the platform's). */
    private static final int EOL = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.getEol().length();
    /** The indenter's spaces per nesting level. */
    private static final int INDENT = 2;
    /** A value the walk does not measure itself. */
    private static final int UNKNOWN = -1;

    private JsonSize() {
    }

    /** Bytes of the value in UTF-8 as {@code writerWithDefaultPrettyPrinter()} (or {@code INDENT_OUTPUT}) writes it. */
    public static int prettyUtf8Bytes(JsonNode value) {
        long counted = pretty(value, 0);
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
        long counted = compact(value);
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

    /**
     * The default pretty printer: {@code {}, a field a line indented two spaces a level, {@code "name" : value},
     * {@code { }} when empty; arrays on one line, {@code [ a, b ]}, {@code [ ]} when empty.
     */
    private static long pretty(JsonNode value, int level) {
        if (value instanceof ObjectNode object) {
            if (object.isEmpty()) {
                return "{ }".length();
            }
            long size = 2; // braces
            int inner = EOL + (level + 1) * INDENT;
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                long child = pretty(field.getValue(), level + 1);
                if (child < 0) {
                    return UNKNOWN;
                }
                size += inner + utf8String(field.getKey()) + FIELD_SEPARATOR + child;
            }
            return size + (object.size() - 1) + EOL + level * INDENT; // commas, the closing brace's line
        }
        if (value instanceof ArrayNode array) {
            if (array.isEmpty()) {
                return "[ ]".length();
            }
            long size = "[  ]".length() + (array.size() - 1) * ", ".length();
            for (JsonNode item : array) {
                long child = pretty(item, level);
                if (child < 0) {
                    return UNKNOWN;
                }
                size += child;
            }
            return size;
        }
        return value instanceof TextNode ? utf8String(value.textValue()) : scalar(value);
    }

    private static long compact(JsonNode value) {
        if (value instanceof ObjectNode object) {
            long size = 2 + Math.max(0, object.size() - 1); // braces, commas
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                long child = compact(field.getValue());
                if (child < 0) {
                    return UNKNOWN;
                }
                size += utf16String(field.getKey()) + 1 + child; // name, colon, value
            }
            return size;
        }
        if (value instanceof ArrayNode array) {
            long size = 2 + Math.max(0, array.size() - 1);
            for (JsonNode item : array) {
                long child = compact(item);
                if (child < 0) {
                    return UNKNOWN;
                }
                size += child;
            }
            return size;
        }
        return value instanceof TextNode ? utf16String(value.textValue()) : scalar(value);
    }

    /** Numbers, booleans and null, which Jackson writes as their text; NaN and the infinities it quotes, so they are left to it. */
    static long scalar(JsonNode value) {
        if (value instanceof IntNode || value instanceof LongNode || value instanceof ShortNode || value instanceof BigIntegerNode
                || value instanceof DecimalNode || value instanceof BooleanNode || value instanceof NullNode
                || (value instanceof DoubleNode || value instanceof FloatNode) && Double.isFinite(value.doubleValue())) {
            return value.asText().length();
        }
        return UNKNOWN;
    }

    /** A quoted string in UTF-8 as Jackson's UTF-8 generator writes it: each UTF-16 surrogate as a {@code \\uXXXX} escape. */
    private static long utf8String(String text) {
        long size = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                size += escaped(c);
            } else if (c < 0x800) {
                size += 2;
            } else {
                size += Character.isSurrogate(c) ? 6 : 3;
            }
        }
        return size;
    }

    /** A quoted string in characters as Jackson's character generator writes it. */
    private static long utf16String(String text) {
        long size = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            size += c < 0x80 ? escaped(c) : 1;
        }
        return size;
    }

    /** An ASCII character in a JSON string: itself, a two-character escape, or {@code \\u00XX} for other controls. */
    private static int escaped(char c) {
        if (c >= 0x20) {
            return c == '"' || c == '\\' ? 2 : 1;
        }
        return c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r' ? 2 : 6;
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
