package dev.lambdaobs.tracing.xray;

import com.amazonaws.xray.entities.Cause;
import com.amazonaws.xray.entities.Entity;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.entities.ThrowableDescription;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.TreeNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes the document the X-Ray SDK's {@code Subsegment.streamSerialize()} writes, with jackson-core's
 * streaming generator instead of the SDK's reflective {@code ObjectMapper}: the same members under the
 * same rules (snake_case, empty members left out, a cause that only points at an exception recorded
 * elsewhere written as its id, stack frames as path/line/label). The SDK's mapper costs several
 * microseconds per document and, on the first one, hundreds of Jackson databind classes.
 *
 * <p>Values in the {@code aws}, {@code http}, {@code sql}, {@code metadata} and {@code annotations} maps
 * are written when they are JSON-shaped (strings, numbers, booleans, null, maps, collections, arrays,
 * Jackson trees); for any other type {@link #streamed} answers null and the caller lets the SDK write
 * the document.
 */
final class SubsegmentDocument {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int INITIAL_BYTES = 512;

    private SubsegmentDocument() {
    }

    /** The UTF-8 document, after {@code prefix}; null when a value is of a type only the SDK can write. */
    static byte[] streamed(Subsegment subsegment, byte[] prefix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(INITIAL_BYTES);
        out.write(prefix, 0, prefix.length);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            members(json, subsegment);
            json.writeStringField("type", "subsegment");
            json.writeStringField("parent_id", subsegment.getParent().getId());
            json.writeStringField("trace_id", subsegment.getParentSegment().getTraceId().toString());
            json.writeEndObject();
        } catch (IOException | RuntimeException e) {
            // NotJsonShaped, or an entity changed while being written: the SDK's mapper decides.
            return null;
        }
        return out.toByteArray();
    }

    private static void entity(JsonGenerator json, Entity entity) throws IOException {
        json.writeStartObject();
        members(json, entity);
        json.writeEndObject();
    }

    private static void members(JsonGenerator json, Entity entity) throws IOException {
        text(json, "name", entity.getName());
        text(json, "id", entity.getId());
        json.writeNumberField("start_time", entity.getStartTime());
        if (entity.getEndTime() != 0) {
            json.writeNumberField("end_time", entity.getEndTime());
        }
        flag(json, "fault", entity.isFault());
        flag(json, "error", entity.isError());
        flag(json, "throttle", entity.isThrottle());
        flag(json, "in_progress", entity.isInProgress());
        text(json, "namespace", entity.getNamespace());
        List<Subsegment> children = entity.getSubsegments();
        if (!children.isEmpty()) {
            json.writeArrayFieldStart("subsegments");
            for (Subsegment child : children) {
                entity(json, child);
            }
            json.writeEndArray();
        }
        cause(json, entity.getCause());
        map(json, "http", entity.getHttp());
        map(json, "aws", entity.getAws());
        map(json, "sql", entity.getSql());
        map(json, "metadata", entity.getMetadata());
        map(json, "annotations", entity.getAnnotations());
        if (entity instanceof Subsegment subsegment && !subsegment.getPrecursorIds().isEmpty()) {
            json.writeFieldName("precursor_ids");
            value(json, subsegment.getPrecursorIds());
        }
    }

    private static void cause(JsonGenerator json, Cause cause) throws IOException {
        if (cause == null || cause.getExceptions().isEmpty() && cause.getId() == null && cause.getMessage() == null) {
            return;
        }
        List<ThrowableDescription> exceptions = cause.getExceptions();
        // An exception already recorded in a subsegment is referred to by its id (the SDK's CauseSerializer).
        if (!exceptions.isEmpty() && exceptions.get(0).getId() == null && exceptions.get(0).getCause() != null) {
            json.writeStringField("cause", exceptions.get(0).getCause());
            return;
        }
        json.writeObjectFieldStart("cause");
        text(json, "working_directory", cause.getWorkingDirectory());
        text(json, "id", cause.getId());
        text(json, "message", cause.getMessage());
        if (cause.getPaths() != null && !cause.getPaths().isEmpty()) {
            json.writeFieldName("paths");
            value(json, cause.getPaths());
        }
        if (!exceptions.isEmpty()) {
            json.writeArrayFieldStart("exceptions");
            for (ThrowableDescription exception : exceptions) {
                exception(json, exception);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void exception(JsonGenerator json, ThrowableDescription exception) throws IOException {
        json.writeStartObject();
        text(json, "id", exception.getId());
        text(json, "message", exception.getMessage());
        text(json, "type", exception.getType());
        json.writeBooleanField("remote", exception.isRemote());
        StackTraceElement[] stack = exception.getStack();
        if (stack != null && stack.length > 0) {
            json.writeArrayFieldStart("stack");
            for (StackTraceElement frame : stack) {
                json.writeStartObject();
                json.writeStringField("path", frame.getFileName());
                json.writeNumberField("line", frame.getLineNumber());
                json.writeStringField("label", frame.getClassName() + "." + frame.getMethodName());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeNumberField("truncated", exception.getTruncated());
        json.writeNumberField("skipped", exception.getSkipped());
        text(json, "cause", exception.getCause());
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(name, value);
        }
    }

    private static void flag(JsonGenerator json, String name, boolean value) throws IOException {
        if (value) {
            json.writeBooleanField(name, true);
        }
    }

    private static void map(JsonGenerator json, String name, Map<String, ?> map) throws IOException {
        if (map != null && !map.isEmpty()) {
            json.writeFieldName(name);
            value(json, map);
        }
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
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
                    value(json, entry.getValue());
                }
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Object[] items) {
            value(json, Arrays.asList(items));
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
