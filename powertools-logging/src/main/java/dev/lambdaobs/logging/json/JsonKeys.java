package dev.lambdaobs.logging.json;

import dev.lambdaobs.core.schema.LogFields;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes {@code "key":} prefixes; our keys come from {@link LogFields} and are pre-rendered once.
 * For backends; not for direct use.
 */
public final class JsonKeys {
    /** Top-level keys users cannot overwrite through ThreadContext or structured arguments. */
    public static final Set<String> RESERVED = reserved();

    private JsonKeys() {
    }

    /** The raw {@code "key":} text for one of our plain ASCII keys. */
    public static String prefix(String key) {
        return '"' + key + "\":";
    }

    /** Writes a separator when something came before, then the raw prefix; returns true (something written). */
    public static boolean key(JsonOut writer, boolean separate, String rawPrefix) {
        if (separate) {
            writer.writeSeparator();
        }
        writer.writeRawString(rawPrefix);
        return true;
    }

    /** Writes a separator when needed, then a user-supplied key, escaped and truncated like any string. */
    public static void userKey(JsonOut writer, boolean separate, String key) {
        if (separate) {
            writer.writeSeparator();
        }
        writer.writeObjectKey(key);
    }

    private static Set<String> reserved() {
        Set<String> keys = new HashSet<>();
        for (String field : LogFields.ALL) {
            int dot = field.indexOf('.');
            keys.add(dot < 0 ? field : field.substring(0, dot));
        }
        return Set.copyOf(keys);
    }
}
