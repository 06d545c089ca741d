package dev.lambdaobs.logging.backend;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.text.SafeText;

/**
 * The text of an SLF4J key-value, as both backends write it: its {@code toString()}, or, when that throws (a lazy
 * proxy outside its session), {@link SafeText}'s note, reported once per value class and failure on the
 * diagnostics channel. The handler never sees the failure.
 *
 * <pre>{@code
 * String text = KeyValueText.of("order", order, Diagnostics.stderr());
 * }</pre>
 */
public final class KeyValueText {
    private KeyValueText() {
    }

    /** The value's text, or a note saying why there is none. */
    public static String of(String key, Object value, Diagnostics diagnostics) {
        try {
            return String.valueOf(value);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            String note = SafeText.threw(value, "toString", e);
            diagnostics.warnOnce("slf4j.key-value|" + value.getClass().getName() + '|' + e.getClass().getName(),
                    "the SLF4J key-value '" + key + "' could not be turned into text (" + SafeText.describe(e)
                            + "); the line was written with " + note + " as its value (the handler is unaffected)");
            return note;
        }
    }
}
