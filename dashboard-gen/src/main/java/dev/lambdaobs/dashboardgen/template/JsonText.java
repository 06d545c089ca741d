package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A JSON tree written byte for byte as Jackson writes it, without Jackson's serializer stack: at 400 functions
 * the CLI writes 7.5 MB of it, and creating an {@code ObjectMapper} and running its tree serializers was a fifth of
 * the run (issue 19). Core's {@code PlainJson} writes plain values compactly and escapes as RFC 8259 allows rather
 * than as Jackson does ({@code \b}, upper-case hex), so the output files would change. The same walk into a
 * counting {@link JsonBytes} is {@link JsonSize}'s measure, so a size checked and a file written never disagree.
 * Values beyond what templates hold (NaN, POJOs, binary) go to Jackson as a whole.
 *
 * <pre>{@code
 * byte[] file = JsonText.prettyUtf8(template); // writerWithDefaultPrettyPrinter().writeValueAsBytes(template)
 * String body = JsonText.compact(dashboard);   // dashboard.toString()
 * }</pre>
 */
public final class JsonText {
    /** Where the walk meets a value it leaves to Jackson; thrown without a stack, caught here. */
    static final RuntimeException UNSUPPORTED = new RuntimeException(null, null, false, false) {
    };

    private final JsonBytes out;
    private final boolean pretty;

    private JsonText(JsonBytes out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    /** What {@code writerWithDefaultPrettyPrinter().writeValueAsBytes(value)} (or {@code INDENT_OUTPUT}) returns. */
    public static byte[] prettyUtf8(JsonNode value) {
        JsonBytes bytes = new JsonBytes(false, true);
        if (new JsonText(bytes, true).wrote(value)) {
            return bytes.toByteArray();
        }
        try {
            return JacksonWriters.PRETTY.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code value.toString()} returns (Jackson's compact text). */
    public static String compact(JsonNode value) {
        // Jackson's compact text is characters, non-ASCII unescaped: these bytes are its UTF-8.
        JsonBytes bytes = new JsonBytes(false, false);
        return new JsonText(bytes, false).wrote(value) ? bytes.text() : value.toString();
    }

    /** The length of {@link #prettyUtf8} in bytes, written into a counting sink; -1 for a value left to Jackson. */
    static long prettyUtf8Length(JsonNode value) {
        JsonBytes count = new JsonBytes(true, true);
        return new JsonText(count, true).wrote(value) ? count.bytes() : -1;
    }

    /** The length of {@link #compact} in characters, written into a counting sink; -1 for a value left to Jackson. */
    static long compactLength(JsonNode value) {
        JsonBytes count = new JsonBytes(true, false);
        return new JsonText(count, false).wrote(value) ? count.characters() : -1;
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
            out.string(value.textValue());
        } else if (plainScalar(value)) {
            out.ascii(value.asText());
        } else {
            throw UNSUPPORTED;
        }
    }

    /** Numbers, booleans and null, which Jackson writes as their text; NaN and the infinities it quotes, so they are left to it. */
    private static boolean plainScalar(JsonNode value) {
        return value instanceof IntNode || value instanceof LongNode || value instanceof ShortNode || value instanceof BigIntegerNode
                || value instanceof DecimalNode || value instanceof BooleanNode || value instanceof NullNode
                || (value instanceof DoubleNode || value instanceof FloatNode) && Double.isFinite(value.doubleValue());
    }

    /** Default pretty printer: a field a line, indented two spaces a level, {@code "name" : value}; {@code { }} when empty. */
    private void object(ObjectNode object, int level) {
        if (object.isEmpty()) {
            out.ascii(pretty ? "{ }" : "{}");
            return;
        }
        out.put('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!first) {
                out.put(',');
            }
            first = false;
            if (pretty) {
                out.newLine(level + 1);
            }
            out.string(field.getKey());
            if (pretty) {
                out.ascii(" : ");
            } else {
                out.put(':');
            }
            value(field.getValue(), level + 1);
        }
        if (pretty) {
            out.newLine(level);
        }
        out.put('}');
    }

    /** Default pretty printer: arrays on one line, {@code [ a, b ]}, {@code [ ]} when empty. */
    private void array(ArrayNode array, int level) {
        if (array.isEmpty()) {
            out.ascii(pretty ? "[ ]" : "[]");
            return;
        }
        out.ascii(pretty ? "[ " : "[");
        boolean first = true;
        for (JsonNode item : array) {
            if (!first) {
                out.ascii(pretty ? ", " : ",");
            }
            first = false;
            value(item, level);
        }
        out.ascii(pretty ? " ]" : "]");
    }
}
