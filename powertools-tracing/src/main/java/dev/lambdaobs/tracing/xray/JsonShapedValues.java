package dev.lambdaobs.tracing.xray;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.TreeNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the values of a segment document's maps ({@code aws}, {@code http}, {@code sql},
 * {@code metadata}, {@code annotations}) as the X-Ray SDK's mapper does, for the JSON-shaped types:
 * strings, numbers, booleans, null, maps (entries with empty values left out), collections, arrays
 * and Jackson trees. Any other type throws {@link NotJsonShaped}.
 */
final class JsonShapedValues {
    private JsonShapedValues() {
    }

    static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof CharSequence text) {
            json.writeString(text.toString());
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Number number) {
            number(json, number);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!isEmpty(entry.getValue())) {
                    json.writeFieldName(String.valueOf(entry.getKey()));
                    write(json, entry.getValue());
                }
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Object[] items) {
            write(json, Arrays.asList(items));
        } else if (value instanceof TreeNode tree) {
            // Metadata values: Jackson trees made when recorded (MetadataValues); their text is valid JSON.
            json.writeRawValue(tree.toString());
        } else {
            throw new NotJsonShaped(value.getClass());
        }
    }

    /** The SDK's mapper leaves such map entries out (content inclusion NON_EMPTY). */
    private static boolean isEmpty(Object value) {
        return value == null
                || value instanceof CharSequence text && text.length() == 0
                || value instanceof Collection<?> items && items.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty()
                || value instanceof Object[] items && items.length == 0;
    }

    private static void number(JsonGenerator json, Number number) throws IOException {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            json.writeNumber(number.intValue());
        } else if (number instanceof Long) {
            json.writeNumber(number.longValue());
        } else if (number instanceof Double) {
            json.writeNumber(number.doubleValue());
        } else if (number instanceof Float) {
            json.writeNumber(number.floatValue());
        } else if (number instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (number instanceof BigInteger integer) {
            json.writeNumber(integer);
        } else {
            throw new NotJsonShaped(number.getClass());
        }
    }

    /** A value whose JSON form only the SDK's mapper knows. */
    static final class NotJsonShaped extends RuntimeException {
        NotJsonShaped(Class<?> type) {
            super(type.getName(), null, false, false);
        }
    }
}
