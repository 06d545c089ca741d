package dev.lambdaobs.tracing.xray;

import com.amazonaws.xray.entities.Cause;
import com.amazonaws.xray.entities.Entity;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.entities.ThrowableDescription;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
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
 * Jackson trees); for any other type {@link #write} answers false and the caller lets the SDK write
 * the document.
 */
final class SubsegmentDocument {
    private static final JsonFactory JSON = new JsonFactory();

    private SubsegmentDocument() {
    }

    /**
     * Writes {@code prefix} and the UTF-8 document into {@code out}.
     *
     * @return false when a value is of a type only the SDK can write ({@code out} then holds a part)
     */
    static boolean write(Subsegment subsegment, byte[] prefix, DocumentBuffer out) {
        out.write(prefix, 0, prefix.length);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            members(json, subsegment);
            json.writeStringField("type", "subsegment");
            json.writeStringField("parent_id", subsegment.getParent().getId());
            json.writeStringField("trace_id", subsegment.getParentSegment().getTraceId().toString());
            json.writeEndObject();
            return true;
        } catch (IOException | RuntimeException e) {
            // A value not JSON-shaped, or an entity changed while being written: the SDK's mapper decides.
            return false;
        }
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
            JsonShapedValues.write(json, subsegment.getPrecursorIds());
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
            JsonShapedValues.write(json, cause.getPaths());
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
            JsonShapedValues.write(json, map);
        }
    }
}
