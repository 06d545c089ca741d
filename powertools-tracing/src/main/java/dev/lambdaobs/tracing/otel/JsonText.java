package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.core.text.JsonStrings;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a metadata value as JSON text without Jackson databind: strings, numbers, booleans, null, maps,
 * iterables, arrays, optionals, enums (by name), records (by component) and Jackson trees (a handler's
 * own; {@code Capture} records masked responses as maps and lists) as JSON; an exception as
 * {@code {"type", "message", "stack", "cause"}}; any other object as the JSON string of its
 * {@code toString()}. A value that throws while being written becomes
 * {@code {"unserializable": type, "reason": ...}}; cycles and nesting deeper than {@link #MAX_DEPTH}
 * end in a marker string.
 */
final class JsonText {
    /** Stack frames kept when an exception is written; the span's exception event has the full stack. */
    static final int ERROR_FRAMES = 10;
    static final int MAX_DEPTH = 32;
    private static final int MAX_CAUSES = 3;
    private static final String JACKSON_TREES = "com.fasterxml.jackson.databind.node.";

    private final StringBuilder out = new StringBuilder();
    /** The containers being written (cycle check); made at the first container, so a scalar value needs none. */
    private Set<Object> open;

    private JsonText() {
    }

    /** The JSON text of {@code value}. */
    static String of(Object value) {
        String scalar = scalar(value);
        if (scalar != null) {
            return scalar;
        }
        JsonText json = new JsonText();
        try {
            json.value(value, 0);
            return json.out.toString();
        } catch (RuntimeException | StackOverflowError e) {
            JsonText marker = new JsonText();
            marker.out.append("{\"unserializable\":");
            marker.string(value.getClass().getName());
            marker.out.append(",\"reason\":");
            marker.string(describe(e));
            return marker.out.append('}').toString();
        }
    }

    /** {@link #of(Object)} of the boxed {@code value}, without the box when it is finite. */
    static String of(double value) {
        return Double.isFinite(value) ? Double.toString(value) : of((Object) value);
    }

    /** {@link #of(Object)} of the boxed {@code value}, without the box when it is finite. */
    static String of(float value) {
        return Float.isFinite(value) ? Float.toString(value) : of((Object) value);
    }

    /** {@link #of(Object)} of the boxed {@code value}, without the box. */
    static String of(long value) {
        return Long.toString(value);
    }

    /** {@link #of(Object)} of the boxed {@code value}, without the box. */
    static String of(boolean value) {
        return value ? "true" : "false";
    }

    /** The text of a null, boolean or finite number as {@link #value} writes it, without a builder; else null. */
    private static String scalar(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean flag) {
            return flag ? "true" : "false";
        }
        boolean finite = value instanceof Double d ? Double.isFinite(d) : !(value instanceof Float f) || Float.isFinite(f);
        return value instanceof Number && finite ? value.toString() : null;
    }

    private static boolean isJacksonTree(Object value) {
        return value.getClass().getName().startsWith(JACKSON_TREES);
    }

    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            string(text.toString());
        } else if (value instanceof Boolean flag) {
            out.append(flag.booleanValue());
        } else if (value instanceof Number number) {
            number(number);
        } else if (value instanceof Character c) {
            string(String.valueOf(c));
        } else if (value instanceof Enum<?> constant) {
            string(constant.name());
        } else if (depth >= MAX_DEPTH || !open().add(value)) {
            string(depth >= MAX_DEPTH ? "<nested deeper than " + MAX_DEPTH + ">" : "<cycle>");
        } else {
            try {
                container(value, depth + 1);
            } finally {
                open.remove(value);
            }
        }
    }

    private Set<Object> open() {
        if (open == null) {
            open = Collections.newSetFromMap(new IdentityHashMap<>());
        }
        return open;
    }

    private void container(Object value, int depth) {
        if (isJacksonTree(value)) {
            // A Jackson tree a handler recorded (or returned); named by class so that this writer never
            // loads Jackson itself. A tree's toString() is its JSON text.
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                first = separator(first);
                string(String.valueOf(entry.getKey()));
                out.append(':');
                value(entry.getValue(), depth);
            }
            out.append('}');
        } else if (value instanceof Iterable<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                first = separator(first);
                value(item, depth);
            }
            out.append(']');
        } else if (value.getClass().isArray()) {
            out.append('[');
            for (int i = 0; i < Array.getLength(value); i++) {
                separator(i == 0);
                value(Array.get(value, i), depth);
            }
            out.append(']');
        } else if (value instanceof Optional<?> optional) {
            value(optional.orElse(null), depth);
        } else if (value instanceof Throwable error) {
            error(error, depth, 0);
        } else if (value instanceof Record record) {
            record(record, depth);
        } else {
            string(String.valueOf(value));
        }
    }

    private void record(Record record, int depth) {
        out.append('{');
        boolean first = true;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            first = separator(first);
            string(component.getName());
            out.append(':');
            try {
                component.getAccessor().setAccessible(true);
                value(component.getAccessor().invoke(record), depth);
            } catch (ReflectiveOperationException e) {
                string("<" + describe(e) + ">");
            }
        }
        out.append('}');
    }

    private void error(Throwable error, int depth, int causes) {
        out.append("{\"type\":");
        string(error.getClass().getName());
        out.append(",\"message\":");
        string(message(error));
        out.append(",\"stack\":[");
        StackTraceElement[] frames = error.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, ERROR_FRAMES); i++) {
            separator(i == 0);
            string(frames[i].toString());
        }
        out.append(']');
        Throwable cause = error.getCause();
        if (cause != null && cause != error && causes < MAX_CAUSES) {
            out.append(",\"cause\":");
            error(cause, depth, causes + 1);
        }
        out.append('}');
    }

    private boolean separator(boolean first) {
        if (!first) {
            out.append(',');
        }
        return false;
    }

    private void number(Number number) {
        if (number instanceof Double d && !Double.isFinite(d) || number instanceof Float f && !Float.isFinite(f)) {
            string(number.toString());
        } else {
            out.append(number);
        }
    }

    private void string(String text) {
        JsonStrings.append(out, text);
    }

    private static String message(Throwable error) {
        try {
            String message = error.getMessage();
            return message == null ? "" : message;
        } catch (RuntimeException e) {
            return "<getMessage() threw " + e.getClass().getName() + ">";
        }
    }

    private static String describe(Throwable error) {
        return error.getClass().getName() + ": " + message(error);
    }
}
