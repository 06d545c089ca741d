package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.logging.StructuredArgument;
import dev.lambdaobs.logging.json.JsonKeys;
import dev.lambdaobs.logging.json.JsonOut;
import dev.lambdaobs.logging.json.JsonValues;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ParameterConsumer;
import org.apache.logging.log4j.message.ParameterVisitable;
import org.apache.logging.log4j.util.IndexedReadOnlyStringMap;
import org.apache.logging.log4j.util.ReadOnlyStringMap;
import org.apache.logging.log4j.util.TriConsumer;

/**
 * Writes the user's own keys at top level: every ThreadContext (MDC) entry of the event, SLF4J 2
 * key/value pairs (which arrive as ThreadContext entries), then every {@link StructuredArgument}
 * among the message parameters. Keys that would repeat a standard key are skipped, so a line never
 * has the same key twice. Garbage-free. Used by {@link LambdaJsonLayout} and by the {@code lambdaobs}
 * resolver of {@code JsonTemplateLayout}.
 */
final class ContextDataFields {
    private static final ParameterConsumer<Cursor> STRUCTURED = (parameter, index, cursor) -> {
        if (parameter instanceof StructuredArgument argument) {
            cursor.entry(argument.key(), argument.value());
        }
    };
    private static final TriConsumer<String, Object, Cursor> CONTEXT_ENTRY = (key, value, cursor) -> cursor.entry(key, value);
    private static final ThreadLocal<Cursor> CURSORS = ThreadLocal.withInitial(Cursor::new);

    private ContextDataFields() {
    }

    /**
     * Writes {@code event}'s user keys, each preceded by a separator when a member came before.
     *
     * @param succeedingEntry true when a member came before the first of them
     */
    static void write(JsonOut out, boolean succeedingEntry, LogEvent event) {
        Cursor cursor = CURSORS.get().start(out, succeedingEntry);
        try {
            contextData(event.getContextData(), cursor);
            parameters(event.getMessage(), cursor);
        } finally {
            cursor.writer = null;
        }
    }

    private static void contextData(ReadOnlyStringMap data, Cursor cursor) {
        if (data == null || data.isEmpty()) {
            return;
        }
        if (data instanceof IndexedReadOnlyStringMap indexed) {
            for (int i = 0; i < indexed.size(); i++) {
                cursor.entry(indexed.getKeyAt(i), indexed.getValueAt(i));
            }
        } else {
            // Visits the entries in place; toMap() would copy them into a new HashMap per event.
            data.forEach(CONTEXT_ENTRY, cursor);
        }
    }

    private static void parameters(Message message, Cursor cursor) {
        if (message instanceof ParameterVisitable visitable) {
            visitable.forEachParameter(STRUCTURED, cursor);
            return;
        }
        Object[] parameters = message == null ? null : message.getParameters();
        if (parameters != null) {
            for (int i = 0; i < parameters.length; i++) {
                STRUCTURED.accept(parameters[i], i, cursor);
            }
        }
    }

    /** Per-thread writing state, reused so that writing user keys allocates nothing. */
    private static final class Cursor {
        private JsonOut writer;
        private boolean separate;

        Cursor start(JsonOut writer, boolean separate) {
            this.writer = writer;
            this.separate = separate;
            return this;
        }

        void entry(String key, Object value) {
            if (key == null || JsonKeys.RESERVED.contains(key)) {
                return;
            }
            JsonKeys.userKey(writer, separate, key);
            JsonValues.write(writer, value);
            separate = true;
        }
    }
}
