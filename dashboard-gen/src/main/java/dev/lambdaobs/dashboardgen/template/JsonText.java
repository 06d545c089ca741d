package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * A JSON tree written byte for byte as Jackson writes it, without Jackson's serializer stack: at 400 functions
 * the CLI writes 7.5 MB of it, and creating an {@code ObjectMapper} and running its tree serializers was a fifth of
 * the run (issue 19). Core's {@code PlainJson} writes plain values compactly and escapes as RFC 8259 allows rather
 * than as Jackson does ({@code \b}, upper-case hex), so the output files would change; this writer follows
 * {@link JsonSize}'s rules. Values beyond what templates hold (NaN, POJOs, binary) go to Jackson as a whole.
 *
 * <pre>{@code
 * byte[] file = JsonText.prettyUtf8(template); // writerWithDefaultPrettyPrinter().writeValueAsBytes(template)
 * String body = JsonText.compact(dashboard);   // dashboard.toString()
 * }</pre>
 */
public final class JsonText {
    private static final byte[] EOL = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.getEol().getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** Where the walk meets a value it leaves to Jackson; thrown without a stack, caught here. */
    private static final RuntimeException UNSUPPORTED = new RuntimeException(null, null, false, false) {
    };

    private byte[] buffer = new byte[8192];
    private int length;
    private final boolean pretty;

    private JsonText(boolean pretty) {
        this.pretty = pretty;
    }

    /** What {@code writerWithDefaultPrettyPrinter().writeValueAsBytes(value)} (or {@code INDENT_OUTPUT}) returns. */
    public static byte[] prettyUtf8(JsonNode value) {
        JsonText text = new JsonText(true);
        if (text.wrote(value)) {
            return Arrays.copyOf(text.buffer, text.length);
        }
        try {
            return JacksonWriters.PRETTY.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code value.toString()} returns (Jackson's compact text). */
    public static String compact(JsonNode value) {
        JsonText text = new JsonText(false);
        // Jackson's compact text is characters, non-ASCII unescaped: these bytes are its UTF-8.
        return text.wrote(value) ? new String(text.buffer, 0, text.length, StandardCharsets.UTF_8) : value.toString();
    }

    /** False when the value holds one left to Jackson. */
    private boolean wrote(JsonNode value) {
        try {
            value(value, 0);
            return true;
        } catch (RuntimeException e) {
            if (e != UNSUPPORTED) {
                throw e;
            }
            return false;
        }
    }

    private void value(JsonNode value, int level) {
        if (value instanceof ObjectNode object) {
            object(object, level);
        } else if (value instanceof ArrayNode array) {
            array(array, level);
        } else if (value instanceof TextNode) {
            string(value.textValue());
        } else {
            if (JsonSize.scalar(value) < 0) {
                throw UNSUPPORTED;
            }
            ascii(value.asText());
        }
    }

    /** Default pretty printer: a field a line, indented two spaces a level, {@code "name" : value}; {@code { }} when empty. */
    private void object(ObjectNode object, int level) {
        if (object.isEmpty()) {
            ascii(pretty ? "{ }" : "{}");
            return;
        }
        put('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!first) {
                put(',');
            }
            first = false;
            if (pretty) {
                newLine(level + 1);
            }
            string(field.getKey());
            if (pretty) {
                ascii(" : ");
            } else {
                put(':');
            }
            value(field.getValue(), level + 1);
        }
        if (pretty) {
            newLine(level);
        }
        put('}');
    }

    /** Default pretty printer: arrays on one line, {@code [ a, b ]}, {@code [ ]} when empty. */
    private void array(ArrayNode array, int level) {
        if (array.isEmpty()) {
            ascii(pretty ? "[ ]" : "[]");
            return;
        }
        ascii(pretty ? "[ " : "[");
        boolean first = true;
        for (JsonNode item : array) {
            if (!first) {
                ascii(pretty ? ", " : ",");
            }
            first = false;
            value(item, level);
        }
        ascii(pretty ? " ]" : "]");
    }

    private void newLine(int level) {
        ensure(EOL.length + 2 * level);
        for (byte b : EOL) {
            buffer[length++] = b;
        }
        Arrays.fill(buffer, length, length + 2 * level, (byte) ' ');
        length += 2 * level;
    }

    /**
     * A quoted string as Jackson escapes it: {@code \"}, {@code \\}, {@code \b \t \n \f \r}, other controls as
     * {@code \\u00XX}, the rest as is. Pretty text is UTF-8 bytes, where Jackson writes each UTF-16 surrogate as a
     * {@code \\uXXXX} escape; compact text with a surrogate goes to Jackson (a lone one has no UTF-8 form here).
     */
    private void string(String text) {
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
        } else if (!Character.isSurrogate(c)) {
            buffer[length++] = (byte) (0xE0 | c >> 12);
            buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | c & 0x3F);
        } else if (pretty) {
            unicodeEscape(c);
        } else {
            throw UNSUPPORTED;
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

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
    }

    private void put(char c) {
        ensure(1);
        buffer[length++] = (byte) c;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
